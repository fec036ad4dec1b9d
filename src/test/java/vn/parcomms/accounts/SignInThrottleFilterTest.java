package vn.parcomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInThrottleFilterTest {

    private MockHttpServletResponse attempt(SignInThrottleFilter filter, String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void slowsDownOneAddressAfterTheLimitButNotOthers() throws Exception {
        var filter = new SignInThrottleFilter(5);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(filter, "203.0.113.7").getRedirectedUrl()).isNull();
        }
        var throttled = attempt(filter, "203.0.113.7");
        assertThat(throttled.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(attempt(filter, "198.51.100.1").getRedirectedUrl()).isNull();
    }

    @Test
    void leavesOtherRequestsAlone() throws Exception {
        var filter = new SignInThrottleFilter(1);
        for (int i = 0; i < 5; i++) {
            var request = new MockHttpServletRequest("GET", "/login");
            request.setServletPath("/login");
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getRedirectedUrl()).isNull();
        }
    }
}
