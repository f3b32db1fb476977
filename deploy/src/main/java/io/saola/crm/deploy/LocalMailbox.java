package io.saola.crm.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the local mail server's mailbox ({@code /api/messages}) the way a person reads their mail: for the
 * benchmarks and the system tests, which sign up and invite people like anyone else.
 */
public final class LocalMailbox {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;

    public LocalMailbox(String mailboxUrl) {
        this.url = mailboxUrl;
    }

    /** The messages sent to {@code to}, newest first, as the mailbox's JSON. */
    public String messages(String to) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/messages?to="
                        + URLEncoder.encode(to, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("the mailbox answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The value of {@code parameter} in the link of the newest mail to {@code to} that carries one not in
     * {@code seen} (a secret mailed earlier), waiting up to {@code timeout} for it to arrive.
     */
    public String awaitLinkParameter(String to, String parameter, Set<String> seen, Duration timeout)
            throws IOException, InterruptedException {
        Pattern link = Pattern.compile("[?&]" + Pattern.quote(parameter) + "=([A-Za-z0-9_-]+)");
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (true) {
            Matcher found = link.matcher(messages(to));
            while (found.find()) {
                if (!seen.contains(found.group(1))) {
                    return found.group(1);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no mail to " + to + " with a link carrying '" + parameter + "' within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 500);
        }
    }
}
