package io.saola.crm.identity.apiclient;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.security.WorkspaceMember;

@RestController
class ApiClientController {

    private final ApiClients clients;

    ApiClientController(ApiClients clients) {
        this.clients = clients;
    }

    @PostMapping("/api/api-clients")
    @ResponseStatus(HttpStatus.CREATED)
    ApiClients.Created create(@AuthenticationPrincipal WorkspaceMember caller,
                              @Valid @RequestBody ApiClientRequest request) {
        return clients.create(caller, request.name(), request.roles());
    }

    @GetMapping("/api/api-clients")
    List<ApiClients.View> list(@AuthenticationPrincipal WorkspaceMember caller) {
        return clients.list(caller);
    }

    @DeleteMapping("/api/api-clients/{id}")
    ApiClients.View revoke(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String id) {
        return clients.revoke(caller, id);
    }

    record ApiClientRequest(@NotBlank @Size(max = 100) String name,
                            @NotEmpty @Size(max = 5) List<@NotBlank String> roles) {
    }
}
