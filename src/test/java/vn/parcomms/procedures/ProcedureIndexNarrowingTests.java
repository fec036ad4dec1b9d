package vn.parcomms.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.organizations.OrganizationDirectory;

/**
 * The index scores tier by tier, only the documents that can reach the first pages; on a catalog of 400 procedures
 * with shared words, every page of many queries (words, prefixes, typos, codes, most of the words, filters) equals
 * scoring every candidate.
 */
@IntegrationTest
class ProcedureIndexNarrowingTests {

    private static final String[] WORDS = {"cấp", "phép", "khai", "thác", "nước", "ngầm", "rừng", "trồng", "giống", "cây",
        "thủy", "sản", "muối", "biển", "đảo", "cảng", "cá", "tàu", "lưới", "đê", "mương", "ruộng", "vườn", "chợ", "quầy"};

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    ProcedureIndex index;

    @Autowired
    OrganizationDirectory organizations;

    @Test
    void scoringOnlyWhatCanRankGivesTheSamePagesAsScoringEverything() {
        Random random = new Random(8);
        List<ProcedureContent> procedures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // A third of the names begin with "Thử nghiệm", the others end with it: queries find names beginning with them.
            StringBuilder name = new StringBuilder(i % 3 == 0 ? "Thử nghiệm" : "");
            for (int w = 0; w < 3 + random.nextInt(5); w++) {
                name.append(name.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            if (i % 3 != 0) {
                name.append(" thử nghiệm");
            }
            procedures.add(new ProcedureContent("7." + (900000 + i) + ".000.00.00.H79", name.toString(),
                    i % 3 == 0 ? "Nông nghiệp" : "Thủy sản", List.of(i % 4 == 0 ? ProcedureContent.Level.PROVINCE
                            : ProcedureContent.Level.COMMUNE), null, null, List.of(), null, List.of(), List.of(), List.of(), null,
                    List.of(), null, List.of(), ProcedureContent.OnlineLevel.values()[i % 3], null,
                    List.of(WORDS[i % WORDS.length] + " " + WORDS[(i * 7) % WORDS.length])));
        }
        long province = organizations.getByCode("79").id();
        AccessPolicy.asSystem(() -> catalog.publishUnder(province, new ProcedureCatalog.DecisionDraft("7/QĐ-THU-NGHIEM",
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), null, null), procedures, 1));
        List<String> queries = new ArrayList<>(List.of("thu nghiem", "cap phep", "nuoc ngam", "trong cay", "thuy san ca",
                "ca", "cang ca tau", "luoi", "cho quay", "ruong vuon", "muoi bien dao", "thu nghiem cap phep khai thac",
                "khai thac nuoc", "thuy", "cay giong", "trog cay", "khia thac", "cap phep nuoc ngam rung", "7.90001", "7.900012.000.00.00",
                "900012", "h79", "thu nghiem 7.9000", "trong cay h79", "tau ca muoi bien dao cang", "thuy san cho"));
        for (int i = 0; i < 30; i++) {
            queries.add(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)].substring(0, 2));
        }
        // Four to six words: often no name has them all, and the most of them are looked for.
        for (int i = 0; i < 20; i++) {
            StringBuilder q = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            for (int w = 0; w < 3 + random.nextInt(3); w++) {
                q.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            queries.add(q.toString());
        }
        Long provinceId = province;
        for (String q : queries) {
            for (int page = 0; page < 3; page++) {
                for (var filters : List.of(new Object[] {null, null, null}, new Object[] {"Thủy sản", ProcedureContent.Level.COMMUNE,
                        null}, new Object[] {null, null, ProcedureContent.OnlineLevel.FULL})) {
                    var query = new ProcedureIndex.Query(q, (String) filters[0], (ProcedureContent.Level) filters[1], provinceId,
                            (ProcedureContent.OnlineLevel) filters[2], page, 20);
                    var narrowed = index.search(query);
                    var everything = index.searchScoringEverything(query);
                    assertThat(narrowed.total()).as(q).isEqualTo(everything.total());
                    assertThat(narrowed.items().stream().map(Procedure::code).toList()).as(q + " page " + page)
                            .isEqualTo(everything.items().stream().map(Procedure::code).toList());
                }
            }
        }
        assertThat(index.search(new ProcedureIndex.Query("thu nghiem", null, null, provinceId, null, 0, 20)).total()).isEqualTo(400);
    }
}
