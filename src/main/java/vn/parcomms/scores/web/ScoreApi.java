package vn.parcomms.scores.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.scores.Score;
import vn.parcomms.scores.ScoreManagement;

/** Scores over JSON, and the evidence pack for pages and API alike. */
@RestController
@Tag(name = "Scores", description = "Chỉ số CCHC: điểm tiêu chí tuyên truyền và hồ sơ minh chứng")
class ScoreApi {

    private final ScoreManagement scores;

    ScoreApi(ScoreManagement scores) {
        this.scores = scores;
    }

    @GetMapping("/api/v1/scores")
    @Operation(summary = "A body's PAR Index communication score for a year, criterion by criterion with its evidence")
    Score score(@RequestParam("org") long organizationId, @RequestParam int year) {
        return scores.score(organizationId, year);
    }

    @GetMapping({"/scores/evidence-pack", "/api/v1/scores/evidence-pack"})
    @Operation(summary = "The evidence pack (ZIP): plans, reports, an XLSX index of activities and their evidence files")
    ResponseEntity<Resource> pack(@RequestParam("org") long organizationId, @RequestParam int year) throws IOException {
        String code = scores.body(organizationId).code();
        // Written to a temporary file in the request (where the reader's rights are known), then sent
        // from disk and deleted once sent: memory stays small whatever the number of files.
        Path file = Files.createTempFile("ho-so-minh-chung-", ".zip");
        try (var out = Files.newOutputStream(file)) {
            scores.writeEvidencePack(organizationId, year, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        Resource body = new InputStreamResource(new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public void close() throws IOException {
                super.close();
                Files.deleteIfExists(file);
            }
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip")).contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ho-so-minh-chung-" + code + "-" + year + ".zip", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
