package io.saola.crm.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Health checks by URI: {@code http://...} answers 200, {@code tcp://host:port} accepts a connection. */
public final class Probes {

    private Probes() {
    }

    public static boolean healthy(String uri) {
        if (uri == null || uri.isBlank()) {
            return false;
        }
        URI u = URI.create(uri);
        return switch (u.getScheme()) {
            case "tcp" -> accepts(u.getHost(), u.getPort());
            case "http", "https" -> httpOk(uri);
            default -> false;
        };
    }

    public static boolean accepts(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean httpOk(String url) {
        return httpStatus(url) == 200;
    }

    /** The status code of a GET, or -1 when nothing answered. */
    public static int httpStatus(String url) {
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            c.setInstanceFollowRedirects(false);
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status;
        } catch (IOException | RuntimeException e) {
            return -1;
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }
}
