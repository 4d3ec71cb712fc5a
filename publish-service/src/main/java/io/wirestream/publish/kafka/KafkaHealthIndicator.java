package io.wirestream.publish.kafka;

import io.wirestream.publish.PublishProperties;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/** Readiness needs the broker: Boot ships no Kafka health indicator, so ask the cluster directly. */
@Component("kafkaHealthIndicator")
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient admin;
    private final Duration timeout;

    KafkaHealthIndicator(KafkaProperties kafka, PublishProperties properties) {
        super("Kafka health check failed");
        this.admin = AdminClient.create(kafka.buildAdminProperties());
        this.timeout = properties.kafkaHealthTimeout();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster =
                admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
