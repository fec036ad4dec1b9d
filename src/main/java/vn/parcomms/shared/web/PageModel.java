package vn.parcomms.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every rendered page's model carries besides its controller's: the signed-in user, the navigation, badges.
 * The modules that own each part contribute it; it is added only when a page is rendered (after the controller,
 * without replacing what it put), so API answers and redirects never compute it.
 */
public interface PageModel {

    void contribute(HttpServletRequest request, Map<String, Object> model);
}
