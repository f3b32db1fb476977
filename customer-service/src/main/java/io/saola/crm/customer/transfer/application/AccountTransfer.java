package io.saola.crm.customer.transfer.application;

import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.saola.crm.customer.account.application.AccountManagement;
import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.AccountStatus;
import io.saola.crm.customer.account.domain.AccountType;
import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.customer.record.domain.ListOptions;
import io.saola.crm.customer.transfer.csv.CsvWriter;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;

/** Accounts to and from CSV, with the columns below (the export adds id, timestamps and version). */
@Service
public class AccountTransfer implements CsvRecordImport {

    static final List<String> COLUMNS = List.of("type", "name", "status", "industry", "taxCode", "phone", "mobile",
            "email", "website", "street", "ward", "district", "city", "country", "description", "ownerId",
            "teamId", "sourceLeadId");
    private static final Set<String> REQUIRED = Set.of("type", "name");
    private static final List<String> EXPORT_COLUMNS = concat(List.of("id"), COLUMNS,
            List.of("createdAt", "updatedAt", "version"));

    private final AccountManagement accounts;

    AccountTransfer(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public RecordType recordType() {
        return RecordType.ACCOUNT;
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
        AccountType type = checks.choice("type", AccountType.class, true);
        String name = checks.text("name", true, 200);
        AccountStatus status = checks.choice("status", AccountStatus.class, false);
        String industry = checks.text("industry", false, 100);
        String taxCode = checks.text("taxCode", false, 20);
        String phone = checks.phone("phone");
        String mobile = checks.phone("mobile");
        String email = checks.email("email");
        String website = checks.text("website", false, 300);
        Address address = new Address(checks.text("street", false, 300), checks.text("ward", false, 100),
                checks.text("district", false, 100), checks.text("city", false, 100),
                checks.text("country", false, 100));
        String description = checks.text("description", false, 4000);
        String ownerId = checks.text("ownerId", false, 64);
        String teamId = checks.text("teamId", false, 64);
        String sourceLeadId = checks.text("sourceLeadId", false, 64);
        if (checks.failed()) {
            return checks.refusal();
        }
        AccountDetails details = new AccountDetails(type, name, status, industry, taxCode, phone, mobile, email,
                website, address, null, description);
        boolean created = accounts.createImported(member, row.deterministicId(member.workspace().slug(),
                "account"), details, ownerId, teamId, sourceLeadId, confirmDuplicates);
        return created ? new RowOutcome.Imported() : new RowOutcome.AlreadyImported();
    }

    /** Writes the CSV to what {@code open} returns, which is called only once the export is allowed. */
    public void exportCsv(WorkspaceMember member, ListOptions options, String filter, String query,
                          Supplier<Writer> open) {
        CsvWriter[] csv = new CsvWriter[1];
        accounts.export(member, options, filter, query, () -> {
            csv[0] = new CsvWriter(open.get()).byteOrderMark();
            csv[0].row(EXPORT_COLUMNS);
        }, account -> csv[0].row(row(account)));
        csv[0].flush();
    }

    private static List<Object> row(Account account) {
        AccountDetails d = account.details();
        Address a = d.address() == null ? new Address(null, null, null, null, null) : d.address();
        return Arrays.asList(account.id(), d.type(), d.name(), d.status(), d.industry(), d.taxCode(), d.phone(),
                d.mobile(), d.email(), d.website(), a.street(), a.ward(), a.district(), a.city(), a.country(),
                d.description(), account.ownership().ownerId(), account.ownership().teamId(),
                account.sourceLeadId(), account.createdAt(), account.updatedAt(), account.version());
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
