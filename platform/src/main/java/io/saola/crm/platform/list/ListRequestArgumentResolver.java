package io.saola.crm.platform.list;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method declare a {@link ListRequest} parameter, read from the standard query parameters. */
public class ListRequestArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ListRequest.class.equals(parameter.getParameterType());
    }

    @Override
    public ListRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return ListRequest.from(name -> single(request, name));
    }

    private static String single(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw InvalidListQueryException.of(name, null, "give '" + name + "' at most once");
        }
        return values[0];
    }
}
