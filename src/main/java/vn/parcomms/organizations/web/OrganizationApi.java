package vn.parcomms.organizations.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.organizations.CreateOrganization;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationKind;
import vn.parcomms.organizations.OrganizationPage;
import vn.parcomms.organizations.OrganizationQuery;
import vn.parcomms.organizations.UpdateOrganization;

/** Organizations over JSON. Reading is public; changes need the same permissions as the pages. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Cây tổ chức: tỉnh, xã và các cơ quan, đơn vị")
class OrganizationApi {

    private final OrganizationDirectory directory;

    OrganizationApi(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Search organizations by text (diacritic-insensitive), parent, code or kind")
    OrganizationPage search(@RequestParam(required = false) String q, @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String code, @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return directory.search(new OrganizationQuery(q, parentId, code, kind, validOn, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization")
    Organization get(@PathVariable long id) {
        return directory.get(id);
    }

    @GetMapping("/by-code/{code}")
    @Operation(summary = "The organization currently holding an official code, e.g. 24631")
    Organization byCode(@PathVariable String code) {
        return directory.getByCode(code);
    }

    @PostMapping
    @Operation(summary = "Add a body under an organization")
    ResponseEntity<Organization> create(@Valid @RequestBody CreateOrganization command) {
        Organization created = directory.create(command);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organization; send the version you read (409 if someone saved since)")
    Organization update(@PathVariable long id, @Valid @RequestBody UpdateOrganization command) {
        return directory.update(id, command);
    }
}
