package io.saola.crm.customer.transfer.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.customer.record.web.ListParameters;
import io.saola.crm.customer.transfer.application.AccountTransfer;
import io.saola.crm.customer.transfer.application.ContactTransfer;
import io.saola.crm.customer.transfer.application.ImportJob;
import io.saola.crm.customer.transfer.application.ImportingCsv;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;

/**
 * CSV in and out: the request body of an import and the response of an export are streamed, never held whole.
 * Imports take {@code Content-Type: text/csv} (UTF-8) and answer with a job to follow at its {@code Location}.
 */
@RestController
class TransferController {

    private static final String CSV = "text/csv";

    private final AccountTransfer accounts;
    private final ContactTransfer contacts;
    private final ImportingCsv imports;

    TransferController(AccountTransfer accounts, ContactTransfer contacts, ImportingCsv imports) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.imports = imports;
    }

    @PostMapping(path = "/api/accounts/import", consumes = CSV)
    ResponseEntity<ImportJobView> importAccounts(@AuthenticationPrincipal WorkspaceMember member,
                                                 HttpServletRequest request,
                                                 @RequestParam(defaultValue = "false") boolean confirmDuplicate)
            throws IOException {
        return submitted("/api/accounts/import/", imports.submit(member, RecordType.ACCOUNT,
                request.getInputStream(), request.getContentLengthLong(), confirmDuplicate));
    }

    @PostMapping(path = "/api/contacts/import", consumes = CSV)
    ResponseEntity<ImportJobView> importContacts(@AuthenticationPrincipal WorkspaceMember member,
                                                 HttpServletRequest request,
                                                 @RequestParam(defaultValue = "false") boolean confirmDuplicate)
            throws IOException {
        return submitted("/api/contacts/import/", imports.submit(member, RecordType.CONTACT,
                request.getInputStream(), request.getContentLengthLong(), confirmDuplicate));
    }

    @GetMapping("/api/accounts/import/{id}")
    ImportJobView accountImport(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return ImportJobView.of(imports.status(member, RecordType.ACCOUNT, id));
    }

    @GetMapping("/api/contacts/import/{id}")
    ImportJobView contactImport(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return ImportJobView.of(imports.status(member, RecordType.CONTACT, id));
    }

    @GetMapping("/api/accounts/export")
    void exportAccounts(@AuthenticationPrincipal WorkspaceMember member, HttpServletResponse response,
                        @RequestParam(required = false) String scope, @RequestParam(required = false) String period,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String filter, @RequestParam(required = false) String q) {
        accounts.exportCsv(member, ListParameters.read(scope, period, from, to, false), filter, q,
                () -> open(response, "accounts.csv"));
    }

    @GetMapping("/api/contacts/export")
    void exportContacts(@AuthenticationPrincipal WorkspaceMember member, HttpServletResponse response,
                        @RequestParam(required = false) String scope, @RequestParam(required = false) String period,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String filter, @RequestParam(required = false) String q) {
        contacts.exportCsv(member, ListParameters.read(scope, period, from, to, false), filter, q,
                () -> open(response, "contacts.csv"));
    }

    /** 202 while the job is queued or running, 200 once it has finished; the job's address either way. */
    private static ResponseEntity<ImportJobView> submitted(String path, ImportingCsv.Submission submission) {
        ImportJob job = submission.job();
        return ResponseEntity.status(job.state().finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create(path + job.id())).body(ImportJobView.of(job));
    }

    private static Writer open(HttpServletResponse response, String fileName) {
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        try {
            return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
