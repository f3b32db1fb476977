package io.saola.crm.customer.transfer.web;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.customer.record.web.ListParameters;
import io.saola.crm.customer.transfer.application.AccountTransfer;
import io.saola.crm.customer.transfer.application.ContactTransfer;
import io.saola.crm.customer.transfer.application.ImportReport;
import io.saola.crm.platform.security.WorkspaceMember;

/**
 * CSV in and out: the request body of an import and the response of an export are streamed, never held whole.
 * Imports take {@code Content-Type: text/csv} (UTF-8) and answer with the per-row report.
 */
@RestController
class TransferController {

    private static final String CSV = "text/csv";

    private final AccountTransfer accounts;
    private final ContactTransfer contacts;

    TransferController(AccountTransfer accounts, ContactTransfer contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @PostMapping(path = "/api/accounts/import", consumes = CSV)
    ImportReport importAccounts(@AuthenticationPrincipal WorkspaceMember member, HttpServletRequest request,
                                @RequestParam(defaultValue = "false") boolean confirmDuplicate) throws IOException {
        return accounts.importCsv(member, body(request), confirmDuplicate);
    }

    @PostMapping(path = "/api/contacts/import", consumes = CSV)
    ImportReport importContacts(@AuthenticationPrincipal WorkspaceMember member, HttpServletRequest request,
                                @RequestParam(defaultValue = "false") boolean confirmDuplicate) throws IOException {
        return contacts.importCsv(member, body(request), confirmDuplicate);
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

    private static Reader body(HttpServletRequest request) throws IOException {
        return new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
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
