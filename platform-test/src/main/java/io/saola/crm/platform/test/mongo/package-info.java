/**
 * The in-process Mongo-wire store for tests ({@link io.saola.crm.platform.test.mongo.TestMongoStore}):
 * {@code mongo-java-server} with its memory backend on a free loopback port, oplog on so change streams work,
 * plus a workspace-scoped {@code MongoTemplate} for tests without a Spring context. Like the embedded default
 * it has no multi-document transactions and scans for every query but those by {@code _id}: keep data small.
 */
package io.saola.crm.platform.test.mongo;
