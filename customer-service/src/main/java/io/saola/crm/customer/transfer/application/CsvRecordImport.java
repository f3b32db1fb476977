package io.saola.crm.customer.transfer.application;

import java.util.List;
import java.util.Set;

import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;

/** A record type that CSV import creates: its columns and how one row becomes one record. */
interface CsvRecordImport {

    RecordType recordType();

    List<String> columns();

    Set<String> required();

    RowOutcome importRow(WorkspaceMember member, CsvImports.Row row, boolean confirmDuplicates);
}
