package io.saola.crm.deploy;

import java.util.List;

import io.saola.crm.deploy.mail.LocalMailServer;

/**
 * The local mail server ({@link LocalMailServer}: GreenMail's SMTP and a mailbox page) in its own JVM. Keycloak
 * and identity-service send through its SMTP port; people and tests read what was sent at {@code /} and
 * {@code /api/messages} on its HTTP port.
 */
final class MailComponent extends Component {

    private final PlatformConfig config;

    MailComponent(PlatformConfig config) {
        super(PlatformConfig.MAIL);
        this.config = config;
    }

    @Override
    int port() {
        return config.mailPort();
    }

    @Override
    List<PortUse> ports() {
        return List.of(new PortUse(config.smtpPort(), "SAOLA_SMTP_PORT"),
                new PortUse(config.mailPort(), "SAOLA_MAIL_PORT"));
    }

    @Override
    String url() {
        return config.mailboxUrl() + "/";
    }

    @Override
    String healthUri() {
        return config.mailboxUrl() + "/health";
    }

    @Override
    int layer() {
        return 0;
    }

    @Override
    List<String> dependencies() {
        return List.of();
    }

    @Override
    ProcessBuilder command(Platform platform) {
        return new ProcessBuilder(config.jdk().java().toString(), "-Dsaola.part=mail",
                "-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", MongoStoreComponent.storeClasspath(config), LocalMailServer.class.getName(),
                "--host", "127.0.0.1", "--smtp-port", String.valueOf(config.smtpPort()),
                "--http-port", String.valueOf(config.mailPort()));
    }

    @Override
    boolean ready(ManagedProcess process) {
        return process.logContains(LocalMailServer.READY_MESSAGE) && Probes.healthy(healthUri())
                && Probes.accepts("127.0.0.1", config.smtpPort());
    }
}
