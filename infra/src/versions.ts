/**
 * Every pinned server version, in one place. Local mode resolves these from Maven Central
 * (see infra/maven/); testcontainers mode pulls the matching images.
 */
export const VERSIONS = Object.freeze({
  /** org.apache.kafka:kafka_2.13, resolved with its runtime dependencies; runs on Java 17+. */
  kafka: '4.4.0',
  /** The log4j 2 version kafka_2.13 depends on; the SLF4J binding must match it. */
  kafkaLog4j: '2.25.5',
  /** org.elasticsearch.distribution.integ-test-zip:elasticsearch (zip, no bundled JDK); needs Java 21+. */
  elasticsearch: '9.2.4',
  /** Minimum Java feature versions. */
  kafkaMinJava: 17,
  elasticsearchMinJava: 21,
});

export const MAVEN_ARTIFACTS = Object.freeze({
  kafka: `org.apache.kafka:kafka_2.13:${VERSIONS.kafka}`,
  elasticsearchZip: `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${VERSIONS.elasticsearch}:zip`,
});

/**
 * Images for testcontainers mode. @testcontainers/kafka drives Confluent's image (it runs
 * /etc/confluent/docker/run and switches to KRaft from tag 8.0.0 on); cp-kafka 8.1.x is Apache Kafka 4.1.
 */
export const IMAGES = Object.freeze({
  kafka: 'confluentinc/cp-kafka:8.1.1',
  elasticsearch: `docker.elastic.co/elasticsearch/elasticsearch:${VERSIONS.elasticsearch}`,
});
