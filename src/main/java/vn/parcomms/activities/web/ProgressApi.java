package vn.parcomms.activities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.PlanProgress;

/** Plan progress computed from accepted activities. */
@RestController
@Tag(name = "Activities")
class ProgressApi {

    private final ActivityManagement activities;

    ProgressApi(ActivityManagement activities) {
        this.activities = activities;
    }

    @GetMapping("/api/v1/plans/{id}/progress")
    @Operation(summary = "State of every occurrence, completion per lead body and for the plan")
    PlanProgress progress(@PathVariable long id) {
        return activities.progress(id);
    }
}
