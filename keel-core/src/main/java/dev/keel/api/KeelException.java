package dev.keel.api;

/** A failure of the environment (missing file, unreachable database...), with a stable code. */
public class KeelException extends RuntimeException {
    private final ErrorCode code;

    public KeelException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public KeelException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
