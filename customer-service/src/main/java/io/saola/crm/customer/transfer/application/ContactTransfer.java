package io.saola.crm.customer.transfer.application;

import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.saola.crm.customer.contact.application.ContactManagement;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.ContactDetails;
import io.saola.crm.customer.record.domain.ListOptions;
import io.saola.crm.customer.transfer.csv.CsvWriter;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;

/** Contacts to and from CSV (the export adds id, company, timestamps and version). */
@Service
public class ContactTransfer implements CsvRecordImport {

    static final List<String> COLUMNS = List.of("name", "title", "email", "mobile", "phone", "accountId", "primary",
            "description", "ownerId", "teamId");
    private static final Set<String> REQUIRED = Set.of("name");
    private static final List<String> EXPORT_COLUMNS = AccountTransfer.concat(List.of("id"), COLUMNS,
            List.of("company", "createdAt", "updatedAt", "version"));

    private final ContactManagement contacts;

    ContactTransfer(ContactManagement contacts) {
        this.contacts = contacts;
    }

    @Override
    public RecordType recordType() {
        return RecordType.CONTACT;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> required() {
        return REQUIRED;
    }

    @Override
    public RowOutcome importRow(WorkspaceMember member, CsvImports.Row row, boolean confirmDuplicates) {
        RowChecks checks = new RowChecks(row);
        String name = checks.text("name", true, 200);
        String title = checks.text("title", false, 100);
        String email = checks.email("email");
        String mobile = checks.phone("mobile");
        String phone = checks.phone("phone");
        String accountId = checks.text("accountId", false, 64);
        boolean primary = checks.flag("primary");
        String description = checks.text("description", false, 4000);
        String ownerId = checks.text("ownerId", false, 64);
        String teamId = checks.text("teamId", false, 64);
        if (checks.failed()) {
            return checks.refusal();
        }
        ContactDetails details = new ContactDetails(name, title, email, mobile, phone, accountId, primary,
                description);
        boolean created = contacts.createImported(member, row.deterministicId(member.workspace().slug(),
                "contact"), details, ownerId, teamId, confirmDuplicates);
        return created ? new RowOutcome.Imported() : new RowOutcome.AlreadyImported();
    }

    /** Writes the CSV to what {@code open} returns, which is called only once the export is allowed. */
    public void exportCsv(WorkspaceMember member, ListOptions options, String filter, String query,
                          Supplier<Writer> open) {
        CsvWriter[] csv = new CsvWriter[1];
        contacts.export(member, options, filter, query, () -> {
            csv[0] = new CsvWriter(open.get()).byteOrderMark();
            csv[0].row(EXPORT_COLUMNS);
        }, contact -> csv[0].row(row(contact)));
        csv[0].flush();
    }

    private static List<Object> row(Contact contact) {
        ContactDetails d = contact.details();
        return Arrays.asList(contact.id(), d.name(), d.title(), d.email(), d.mobile(), d.phone(), d.accountId(),
                d.primary(), d.description(), contact.ownership().ownerId(), contact.ownership().teamId(),
                contact.company(), contact.createdAt(), contact.updatedAt(), contact.version());
    }
}
