package io.wirestream.publish.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An HTTP error answered as problem+json with a stable Wirestream problem type. */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatus status, String kind, String title, String detail) {
        super(status, problem(status, kind, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.type(kind));
        problem.setTitle(title);
        return problem;
    }
}
