package io.wirestream.ingest;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal with its {@link Problem} kind; rendered as problem+json by the MVC exception handling. */
public class IngestException extends ErrorResponseException {

    private final Problem problem;

    public IngestException(Problem problem, String detail) {
        this(problem, detail, null);
    }

    public IngestException(Problem problem, String detail, Throwable cause) {
        super(problem.status(), problemDetail(problem, detail), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return problem.kind() + ": " + getBody().getDetail();
    }

    private static ProblemDetail problemDetail(Problem problem, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
        body.setType(problem.type());
        body.setTitle(problem.title());
        return body;
    }
}
