package io.wirestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    @Test
    void startsARealPostgresThatAnswersQueries() throws Exception {
        try (var connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(), "postgres", "postgres");
             ResultSet rs = connection.createStatement().executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }
}
