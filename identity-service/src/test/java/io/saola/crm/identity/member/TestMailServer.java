package io.saola.crm.identity.member;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server on a free port for the tests: what identity-service mails, as the recipient reads it. */
public final class TestMailServer {

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            .dynamicPort());

    public TestMailServer start() {
        smtp.start();
        return this;
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    /** The texts of the mails sent to {@code to}, oldest first, with their subjects on the first line. */
    public synchronized List<String> mailsTo(String to) {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(to))) {
                    Object content = message.getContent();
                    mails.add(message.getSubject() + "\n" + (content instanceof String text ? text
                            : GreenMailUtil.getBody(message)));
                }
            } catch (MessagingException | java.io.IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return mails;
    }

    /** The {@code parameter} of the link in the newest mail to {@code to}; fails when there is none. */
    public String linkParameter(String to, String parameter) {
        List<String> mails = mailsTo(to);
        Pattern link = Pattern.compile("[?&]" + Pattern.quote(parameter) + "=([A-Za-z0-9_-]+)");
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher found = link.matcher(mails.get(i));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no mail to " + to + " with a link carrying " + parameter + ": " + mails);
    }

    public int count() {
        return smtp.getReceivedMessages().length;
    }
}
