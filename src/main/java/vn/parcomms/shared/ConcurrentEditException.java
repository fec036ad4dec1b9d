package vn.parcomms.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the object after the user loaded it; answered with 409 so that neither edit
 * silently overwrites the other.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what);
    }
}
