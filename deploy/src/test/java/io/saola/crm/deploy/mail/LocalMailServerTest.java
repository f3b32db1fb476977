package io.saola.crm.deploy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.LocalMailbox;
import io.saola.crm.deploy.PlatformConfig;

class LocalMailServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalMailServer server;
    private int smtpPort;
    private int httpPort;

    @BeforeEach
    void start() throws Exception {
        List<Integer> ports = PlatformConfig.freePorts(2);
        smtpPort = ports.get(0);
        httpPort = ports.get(1);
        server = new LocalMailServer("127.0.0.1", smtpPort, httpPort);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void keepsWhatIsSentOverSmtpAndShowsItPerRecipient() throws Exception {
        send("lan@phoviet.vn", "Xác nhận đăng ký", "Mở liên kết: http://localhost:8080/signup/confirm?token=abc_DEF-1");
        send("minh@phoviet.vn", "Lời mời", "http://pho-viet.localhost:8080/invitations/accept?secret=s3cr3t");

        String forLan = get("/api/messages?to=Lan@PhoViet.vn");
        assertThat(forLan).contains("Xác nhận đăng ký").contains("token=abc_DEF-1").doesNotContain("s3cr3t");
        assertThat(get("/api/messages")).contains("lan@phoviet.vn").contains("minh@phoviet.vn");
        assertThat(get("/")).contains("Lời mời").contains("Saola local mailbox");
        assertThat(get("/health")).contains("\"messages\":2");

        LocalMailbox mailbox = new LocalMailbox("http://127.0.0.1:" + httpPort);
        assertThat(mailbox.awaitLinkParameter("minh@phoviet.vn", "secret", Set.of(), java.time.Duration.ofSeconds(5)))
                .isEqualTo("s3cr3t");
    }

    @Test
    void escapesWhatItShows() throws Exception {
        send("a@b.vn", "<script>alert(1)</script>", "line \"one\"\nline two\\");

        assertThat(get("/")).doesNotContain("<script>").contains("&lt;script&gt;");
        // SMTP carries lines with CRLF
        assertThat(get("/api/messages")).contains("line \\\"one\\\"\\r\\nline two\\\\");
    }

    private void send(String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@saola.localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
