package io.wirestream.testsupport;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Bean conditions that follow {@link InfrastructureMode}. */
final class InfrastructureConditions {

    private InfrastructureConditions() {
    }

    static final class KafkaInDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return InfrastructureMode.forKafka() == InfrastructureMode.DOCKER;
        }
    }

    static final class KafkaWithoutDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return InfrastructureMode.forKafka() != InfrastructureMode.DOCKER;
        }
    }

    static final class PostgresInDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return InfrastructureMode.forPostgres() == InfrastructureMode.DOCKER;
        }
    }

    static final class PostgresWithoutDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return InfrastructureMode.forPostgres() != InfrastructureMode.DOCKER;
        }
    }
}
