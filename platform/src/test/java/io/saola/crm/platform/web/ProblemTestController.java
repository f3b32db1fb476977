package io.saola.crm.platform.web;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.CursorCodec;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListQuery;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/** A tiny API that fails in every way the problem handling must answer. */
@RestController
@RequestMapping("/test")
class ProblemTestController {

    static final FilterableFields FIELDS = FilterableFields.of(FilterableField.string("name").sortable());

    enum LeadStatus { NEW, QUALIFIED }

    record Contact(@NotBlank String email) {
    }

    record NewLead(@NotBlank String name, @Email String email, @NotNull @Positive BigDecimal amount,
                   @Valid Contact contact, @Size(max = 2) List<@NotBlank String> tags, LeadStatus status,
                   Instant createdAt, @Size(min = 8) String password) {
    }

    private final CursorCodec cursors;

    ProblemTestController(CursorCodec cursors) {
        this.cursors = cursors;
    }

    @PostMapping("/leads")
    NewLead create(@Valid @RequestBody NewLead lead) {
        return lead;
    }

    @PostMapping("/anything")
    Map<String, Object> anything(@RequestBody Map<String, Object> body) {
        return body;
    }

    @GetMapping("/leads")
    String search(@RequestParam @Min(1) @Max(200) int limit, @RequestParam @Size(min = 3) String q) {
        return q;
    }

    @GetMapping("/leads/{id}")
    NewLead find(@PathVariable String id) {
        throw new RecordNotFoundException("Lead", id);
    }

    @GetMapping("/typed/{number}")
    Map<String, Integer> typed(@PathVariable int number) {
        return Map.of("number", number);
    }

    @GetMapping("/list")
    Page<String> list(ListRequest request) {
        ListQuery query = ListQuery.of(request, FIELDS, cursors);
        return Page.last(List.of(query.sort().key(), String.valueOf(query.limit())));
    }

    @PostMapping("/leads/{id}/version-conflict")
    void versionConflict(@PathVariable String id) {
        throw new VersionConflictException("Lead", id, 3L, 4L);
    }

    @PostMapping("/leads/{id}/if-match")
    void ifMatch(@PathVariable String id) {
        throw new PreconditionFailedException("Lead", id, "\"4\"");
    }

    @PostMapping("/uploads")
    void upload() {
        throw new PayloadTooLargeException("The file", 1024);
    }

    @PostMapping("/uploads/busy")
    void busy() {
        throw new ServiceBusyException(java.time.Duration.ofMillis(9_500));
    }

    @PostMapping("/leads/{id}/unconditional")
    void unconditional(@PathVariable String id) {
        throw new PreconditionRequiredException();
    }

    @PostMapping("/leads/{id}/conversion")
    void convert(@PathVariable String id) {
        throw new InvalidStateTransitionException("Lead", id, "CONVERTED", "CONVERTING");
    }

    @PostMapping("/accounts")
    void duplicate() {
        throw new DuplicateRecordException("Account", "acc-42");
    }

    @PostMapping("/accounts/raw-duplicate")
    void rawDuplicate() {
        throw new DuplicateKeyException("E11000 duplicate key error collection: crm.accounts index: "
                + "tenantId_1_sourceLeadId_1 dup key: { tenantId: \"acme\", sourceLeadId: \"l-1\" }");
    }

    @PostMapping("/accounts/stale")
    void stale() {
        throw new OptimisticLockingFailureException("Cannot save entity acc-1 with version 3 to collection accounts");
    }

    @GetMapping("/forbidden")
    void forbidden() {
        throw new ForbiddenOperationException("Only sales managers can reassign leads.");
    }

    @GetMapping("/denied")
    void denied() {
        throw new AccessDeniedException("Access Denied by @PreAuthorize(hasRole('ADMIN'))");
    }

    @GetMapping("/workspace")
    String workspace() {
        return WorkspaceContext.require("listing leads").slug();
    }

    @GetMapping("/workspace/{slug}")
    String workspace(@PathVariable String slug) {
        return WorkspaceId.of(slug).slug();
    }

    @PostMapping("/service-validation")
    void serviceValidation() throws NoSuchMethodException {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            Method register = ProblemTestController.class.getDeclaredMethod("register", String.class, Contact.class,
                    List.class);
            Set<ConstraintViolation<ProblemTestController>> violations = validation.getValidator().forExecutables()
                    .validateParameters(this, register, new Object[] {"", new Contact(" "), List.of("ok", "")});
            throw new ConstraintViolationException(violations);
        }
    }

    void register(@NotBlank String name, @Valid Contact contact, List<@NotBlank String> tags) {
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("connection to mongodb://admin:hunter2@db failed");
    }
}
