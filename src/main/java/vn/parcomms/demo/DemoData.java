package vn.parcomms.demo;

import static vn.parcomms.organizations.OrganizationKind.CENTER;
import static vn.parcomms.organizations.OrganizationKind.DEPARTMENT;
import static vn.parcomms.organizations.OrganizationKind.MASS_ORGANIZATION;
import static vn.parcomms.organizations.OrganizationKind.OFFICE;
import static vn.parcomms.organizations.OrganizationKind.POLICE;
import static vn.parcomms.organizations.OrganizationKind.PRESS;
import static vn.parcomms.organizations.OrganizationKind.SCHOOL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.CreateUser;
import vn.parcomms.accounts.DemoAccounts;
import vn.parcomms.accounts.GrantRole;
import vn.parcomms.organizations.CreateOrganization;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationKind;

/**
 * Loads the demo organizations and users on the first start of the demo profile. The bodies of
 * Xã Quảng Khê are those named in its 2026 CCHC communication plan (18/KH-UBND).
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    /** Published in the README: demo users exist only for trying the platform out. */
    static final String PASSWORD = "ParComms@2026";
    static final String PROVINCE_CODE = "68";
    static final String COMMUNE_CODE = "24631";
    private static final LocalDate SINCE = LocalDate.of(2025, 7, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationDirectory organizations;
    private final DemoAccounts accounts;
    private final DemoPlans plans;
    private final DemoSite site;
    private final DemoProcedures procedures;

    DemoData(OrganizationDirectory organizations, DemoAccounts accounts, DemoPlans plans, DemoSite site,
            DemoProcedures procedures) {
        this.procedures = procedures;
        this.organizations = organizations;
        this.accounts = accounts;
        this.plans = plans;
        this.site = site;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyUsers()) {
            return;
        }
        AccessPolicy.asSystem(() -> {
            load();
            plans.load();
            site.load();
            procedures.load();
            return null;
        });
        log.info("Demo data loaded: Tỉnh Lâm Đồng, Xã Quảng Khê, their demo users, plans, CCHC page and procedures (see README)");
    }

    private void load() {
        Organization province = organizations.getByCode(PROVINCE_CODE);
        Organization commune = organizations.getByCode(COMMUNE_CODE);
        Map<String, Long> ids = new HashMap<>();
        body(ids, province, "68.SNV", "Sở Nội vụ tỉnh Lâm Đồng", "Sở Nội vụ", DEPARTMENT);
        body(ids, province, "68.SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", "Sở Văn hóa, Thể thao và Du lịch", DEPARTMENT);
        body(ids, province, "68.SKHCN", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Sở Khoa học và Công nghệ", DEPARTMENT);
        body(ids, province, "68.VPUBND", "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng", "Văn phòng UBND tỉnh", OFFICE);
        body(ids, province, "68.BPTTH", "Báo và Phát thanh, Truyền hình Lâm Đồng", "Báo và PT-TH Lâm Đồng", PRESS);
        body(ids, commune, "24631.VHXH", "Phòng Văn hóa – Xã hội xã Quảng Khê", "Phòng Văn hóa – Xã hội", OFFICE);
        body(ids, commune, "24631.VP", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Quảng Khê", "Văn phòng HĐND và UBND xã", OFFICE);
        body(ids, commune, "24631.PKT", "Phòng Kinh tế xã Quảng Khê", "Phòng Kinh tế", OFFICE);
        body(ids, commune, "24631.TTPVHCC", "Trung tâm Phục vụ hành chính công xã Quảng Khê", "Trung tâm Phục vụ hành chính công", CENTER);
        body(ids, commune, "24631.TTDVTH", "Trung tâm Dịch vụ tổng hợp xã Quảng Khê", "Trung tâm Dịch vụ tổng hợp", CENTER);
        body(ids, commune, "24631.CA", "Công an xã Quảng Khê", "Công an xã", POLICE);
        body(ids, commune, "24631.MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Quảng Khê", "Ủy ban MTTQ Việt Nam xã", MASS_ORGANIZATION);
        body(ids, commune, "24631.MN", "Trường Mầm non Quảng Khê", "Trường Mầm non", SCHOOL);
        body(ids, commune, "24631.TH", "Trường Tiểu học Quảng Khê", "Trường Tiểu học", SCHOOL);
        body(ids, commune, "24631.THCS", "Trường Trung học cơ sở Quảng Khê", "Trường THCS", SCHOOL);

        long p = province.id();
        long c = commune.id();
        user("admin", "Quản trị hệ thống", ids.get("68.SNV"), new GrantRole(Role.SYSTEM_ADMIN, null, true));
        user("tinh.quantri", "Nguyễn Văn Quản", ids.get("68.SNV"), new GrantRole(Role.SYSTEM_ADMIN, p, true));
        user("tinh.dieuphoi", "Trần Thị Điều", ids.get("68.SNV"), new GrantRole(Role.COORDINATOR, p, true));
        user("tinh.bientap", "Lê Minh Biên", ids.get("68.SNV"), new GrantRole(Role.EDITOR, ids.get("68.SNV"), false));
        user("tinh.canbo", "Phạm Thu Hà", ids.get("68.SVHTTDL"), new GrantRole(Role.STAFF, ids.get("68.SVHTTDL"), false));
        user("tinh.xem", "Võ Quốc Khánh", ids.get("68.VPUBND"), new GrantRole(Role.VIEWER, p, true));
        user("xa.quantri", "Đặng Văn Hùng", ids.get("24631.VP"), new GrantRole(Role.SYSTEM_ADMIN, c, true));
        user("xa.dieuphoi", "Hoàng Thị Trang", ids.get("24631.VHXH"), new GrantRole(Role.COORDINATOR, c, true));
        // The culture office edits the commune's CCHC page: editor of the office and of the commune's site.
        accounts.create(new CreateUser("xa.bientap", "Bùi Đức Tâm", "xa.bientap@demo.example", ids.get("24631.VHXH"), PASSWORD),
                List.of(new GrantRole(Role.EDITOR, ids.get("24631.VHXH"), false), new GrantRole(Role.EDITOR, c, false)),
                tokenOf("xa.bientap"));
        user("xa.canbo", "Ngô Thị Lan", ids.get("24631.TTDVTH"), new GrantRole(Role.STAFF, ids.get("24631.TTDVTH"), false));
        user("xa.xem", "Đỗ Văn Tùng", ids.get("24631.VP"), new GrantRole(Role.VIEWER, c, true));
    }

    private void body(Map<String, Long> ids, Organization parent, String code, String name, String shortName,
            OrganizationKind kind) {
        Organization created = organizations.create(new CreateOrganization(parent.id(), code, name, shortName, null,
                kind, SINCE));
        ids.put(code, created.id());
    }

    private void user(String username, String fullName, long organizationId, GrantRole grant) {
        accounts.create(new CreateUser(username, fullName, username + "@demo.example", organizationId, PASSWORD),
                List.of(grant), tokenOf(username));
    }

    /** The demo API token of a user, e.g. {@code pc_demo_xa_dieuphoi}; listed in the README. */
    static String tokenOf(String username) {
        return "pc_demo_" + username.replace('.', '_');
    }
}
