package io.saola.crm.deploy.mail;

import java.util.List;

/** The mailbox as a page for a person: every message, newest first, as plain text. */
final class MailPage {

    private MailPage() {
    }

    static String render(List<LocalMailServer.Mail> mails) {
        StringBuilder page = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Saola local mailbox</title>
                <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
                article{border-top:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap}</style></head><body>
                <h1>Saola local mailbox</h1>
                <p>Every message the local platform sent. Nothing leaves this machine.
                JSON: <a href="/api/messages">/api/messages</a> (<code>?to=</code> an address).</p>
                """);
        if (mails.isEmpty()) {
            page.append("<p>No messages yet.</p>");
        }
        for (LocalMailServer.Mail mail : mails) {
            page.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>To ")
                    .append(escape(String.join(", ", mail.to()))).append(" from ").append(escape(mail.from()))
                    .append(mail.sentAt() == null ? "" : ", " + escape(mail.sentAt().toString()))
                    .append("</p><pre>").append(escape(mail.text())).append("</pre></article>");
        }
        return page.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
