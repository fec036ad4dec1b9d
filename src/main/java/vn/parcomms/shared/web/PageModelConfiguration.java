package vn.parcomms.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds every {@link PageModel} to the model of each page about to be rendered. */
@Configuration(proxyBeanMethods = false)
class PageModelConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<PageModel> parts;

    PageModelConfiguration(ObjectProvider<PageModel> parts) {
        this.parts = parts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (view == null || view.getView() instanceof SmartView smart && smart.isRedirectView()) {
                    return;
                }
                String name = view.getViewName();
                if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))) {
                    return;
                }
                Map<String, Object> model = view.getModel();
                parts.orderedStream().forEach(part -> part.contribute(request, model));
            }
        });
    }
}
