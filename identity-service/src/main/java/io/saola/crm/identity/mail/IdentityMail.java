package io.saola.crm.identity.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The mails that prove a person controls an address: each carries a secret that only its mailbox receives, in a
 * link (the web app's page) and as a code (for API clients). Sent in the request that needs them; when the mail
 * server does not take one, {@link MailUnavailableException} and the caller keeps nothing.
 */
@Service
public class IdentityMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final JavaMailSender sender;
    private final PublicLinks links;
    private final String from;

    IdentityMail(JavaMailSender sender, PublicLinks links, @Value("${saola.mail.from:no-reply@saola.localhost}") String from) {
        this.sender = sender;
        this.links = links;
        this.from = from;
    }

    public void signUpConfirmation(String to, WorkspaceId workspace, String name, String secret, Instant expiresAt) {
        send(to, "Xác nhận đăng ký Saola CRM / Confirm your Saola CRM sign-up: " + name, """
                Xin chào,

                Ai đó (có lẽ là bạn) đã đăng ký không gian làm việc "%1$s" (%2$s) trên Saola CRM với địa chỉ này.
                Để xác nhận và đặt mật khẩu, mở liên kết sau trước %3$s:

                Someone (probably you) signed up the workspace "%1$s" (%2$s) on Saola CRM with this address.
                To confirm it and choose your password, open this link before %3$s:

                %4$s

                Mã xác nhận / Confirmation code: %5$s

                Nếu không phải bạn, hãy bỏ qua thư này: không có gì được tạo. / If it was not you, ignore this mail:
                nothing is created.
                """.formatted(name, workspace.slug(), WHEN.format(expiresAt),
                links.onBaseDomain("/signup/confirm", "token", secret), secret));
    }

    /** A sign-up with an address that already has an account: nothing is reserved, the person logs in. */
    public void signUpWithExistingAccount(String to, WorkspaceId workspace) {
        send(to, "Bạn đã có tài khoản Saola CRM / You already have a Saola CRM account", """
                Xin chào,

                Ai đó (có lẽ là bạn) muốn tạo không gian làm việc "%1$s" với địa chỉ này, nhưng địa chỉ này đã có
                tài khoản. Hãy đăng nhập rồi tạo không gian làm việc từ tài khoản của bạn: %2$s

                Someone (probably you) wanted to create the workspace "%1$s" with this address, which already has an
                account. Log in and create the workspace from your account: %2$s

                Nếu không phải bạn, hãy bỏ qua thư này. / If it was not you, ignore this mail.
                """.formatted(workspace.slug(), links.baseDomain()));
    }

    public void invitation(String to, WorkspaceId workspace, String workspaceName, String secret, Instant expiresAt) {
        send(to, "Lời mời tham gia " + workspaceName + " trên Saola CRM / Invitation to " + workspaceName, """
                Xin chào,

                Bạn được mời tham gia không gian làm việc "%1$s" trên Saola CRM. Mở liên kết sau trước %2$s để
                nhận lời mời (đăng nhập trước nếu bạn đã có tài khoản):

                You are invited to the workspace "%1$s" on Saola CRM. Open this link before %2$s to accept (log in
                first if you already have an account):

                %3$s

                Mã mời / Invitation code: %4$s
                """.formatted(workspaceName, WHEN.format(expiresAt),
                links.inWorkspace(workspace, "/invitations/accept", "secret", secret), secret));
    }

    private void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException failed) {
            throw new MailUnavailableException(failed);
        }
    }
}
