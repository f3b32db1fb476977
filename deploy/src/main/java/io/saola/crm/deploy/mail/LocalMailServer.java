package io.saola.crm.deploy.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The local platform's mail server: a real SMTP server (GreenMail) that accepts mail for any address and keeps
 * it in memory, and a small mailbox over HTTP to read it: {@code /} (a page, newest first), {@code /api/messages}
 * (JSON; {@code ?to=} filters by recipient) and {@code /health}. Nothing is relayed anywhere: mail sent on a
 * laptop never leaves it. Messages are lost when it stops.
 */
public final class LocalMailServer {

    public static final String READY_MESSAGE = "Saola mail server ready";

    private final GreenMail smtp;
    private final HttpServer http;

    LocalMailServer(String host, int smtpPort, int httpPort) throws IOException {
        this.smtp = new GreenMail(new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP));
        this.http = HttpServer.create(new InetSocketAddress(host, httpPort), 16);
        http.createContext("/health", exchange -> answer(exchange, 200, "application/json",
                "{\"status\":\"UP\",\"messages\":" + messages(null).size() + "}"));
        http.createContext("/api/messages", exchange -> answer(exchange, 200, "application/json",
                MailJson.messages(messages(query(exchange, "to")))));
        http.createContext("/", exchange -> {
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                answer(exchange, 404, "text/plain; charset=utf-8", "not found");
                return;
            }
            answer(exchange, 200, "text/html; charset=utf-8", MailPage.render(messages(query(exchange, "to"))));
        });
        http.setExecutor(Executors.newFixedThreadPool(2));
    }

    void start() {
        smtp.start();
        http.start();
    }

    void stop() {
        http.stop(0);
        smtp.stop();
    }

    /** Newest first; only those sent to {@code to} when given. */
    List<Mail> messages(String to) {
        List<Mail> all = new ArrayList<>();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            Mail mail = Mail.of(i + 1, received[i]);
            if (to == null || mail.to().stream().anyMatch(address -> address.equalsIgnoreCase(to))) {
                all.add(mail);
            }
        }
        return all;
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One received message, as the mailbox shows it. */
    record Mail(int number, String from, List<String> to, String subject, Instant sentAt, String text) {

        static Mail of(int number, MimeMessage message) {
            try {
                Date sent = message.getSentDate();
                return new Mail(number, addresses(message.getFrom()).stream().findFirst().orElse(""),
                        addresses(message.getRecipients(Message.RecipientType.TO)),
                        message.getSubject() == null ? "" : message.getSubject(),
                        sent == null ? null : sent.toInstant(), text(message));
            } catch (MessagingException | IOException unreadable) {
                return new Mail(number, "", List.of(), "(unreadable message)", null, unreadable.toString());
            }
        }

        private static List<String> addresses(Address[] addresses) {
            if (addresses == null) {
                return List.of();
            }
            return Arrays.stream(addresses).map(address -> address instanceof jakarta.mail.internet.InternetAddress
                    internet ? internet.getAddress().toLowerCase(Locale.ROOT) : address.toString()).toList();
        }

        /** The plain-text part (or the whole body when it has no parts). */
        private static String text(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof Multipart multipart) {
                String html = null;
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    if (body.isMimeType("text/plain")) {
                        return (String) body.getContent();
                    }
                    if (body.isMimeType("multipart/*")) {
                        String nested = text(body);
                        if (!nested.isEmpty()) {
                            return nested;
                        }
                    }
                    if (html == null && body.isMimeType("text/html")) {
                        html = (String) body.getContent();
                    }
                }
                return html == null ? "" : html;
            }
            return "";
        }
    }

    /** {@code --host 127.0.0.1 --smtp-port 2525 --http-port 8025}. */
    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int smtpPort = 2525;
        int httpPort = 8025;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--smtp-port" -> smtpPort = Integer.parseInt(args[i + 1]);
                case "--http-port" -> httpPort = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LocalMailServer server = new LocalMailServer(host, smtpPort, httpPort);
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "mail-stop"));
        System.out.println(READY_MESSAGE + ": SMTP " + host + ":" + smtpPort + ", mailbox http://" + host + ":"
                + httpPort + "/");
        System.out.flush();
        stopped.await();
    }
}
