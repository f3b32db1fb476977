package io.saola.crm.deploy.mail;

import java.util.List;
import java.util.stream.Collectors;

/** The mailbox's JSON: a list of messages, newest first. */
final class MailJson {

    private MailJson() {
    }

    static String messages(List<LocalMailServer.Mail> mails) {
        return mails.stream().map(MailJson::message).collect(Collectors.joining(",", "[", "]"));
    }

    private static String message(LocalMailServer.Mail mail) {
        return "{\"number\":" + mail.number()
                + ",\"from\":" + string(mail.from())
                + ",\"to\":" + mail.to().stream().map(MailJson::string).collect(Collectors.joining(",", "[", "]"))
                + ",\"subject\":" + string(mail.subject())
                + ",\"sentAt\":" + (mail.sentAt() == null ? "null" : string(mail.sentAt().toString()))
                + ",\"text\":" + string(mail.text()) + "}";
    }

    static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
