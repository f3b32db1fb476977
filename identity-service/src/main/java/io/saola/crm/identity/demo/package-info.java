/**
 * The {@code demo} workspace and its admin user, created on first start so that a newcomer can log in right
 * after starting the platform. Local profile only: the credentials are public.
 */
package io.saola.crm.identity.demo;
