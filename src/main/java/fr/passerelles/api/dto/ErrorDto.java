package fr.passerelles.api.dto;

/**
 * The one error body of the API.
 *
 * @param status the HTTP status code
 * @param error the status's standard reason phrase ({@code Not Found})
 * @param message what went wrong, in French, for the user; never an exception message or input echo
 * @param requestId the request's id, also in the {@code X-Request-Id} header and the server log
 */
public record ErrorDto(int status, String error, String message, String requestId) {}
