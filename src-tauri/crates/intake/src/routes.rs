//! The HTTP surface of protocol version 1.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use coverready_submission::encoding::{now_rfc3339, parse_rfc3339};
use coverready_submission::protocol::{
    problem_codes as codes, withdrawal_message, Health, SubmissionStatus, CONTENT_LATEST_PATH,
    HEALTH_PATH, IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER, PROTOCOL_NAME, SUBMISSIONS_PATH,
    WITHDRAWAL_MAX_SKEW_SECS, WITHDRAWAL_SIGNATURE_HEADER, WITHDRAWAL_TIMESTAMP_HEADER,
};
use coverready_submission::signing::verify_signature;
use http_body_util::BodyExt;

use crate::problem::ApiProblem;
use crate::store::{InsertOutcome, NewSubmission, StoredSubmission};
use crate::verify::{request_fingerprint, verify_package, Parts};
use crate::AppState;

/// The API twice: at `/api/v1/...` for the tenant `default`, and at `/t/<tenant>/api/v1/...`
/// for a named tenant (see [`crate::access`] for the rule).
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route(HEALTH_PATH, get(health))
        .route(CONTENT_LATEST_PATH, get(content_latest))
        .route(
            SUBMISSIONS_PATH,
            axum::routing::post(submit_default).get(list_default),
        )
        .route(
            &format!("{SUBMISSIONS_PATH}/{{id}}"),
            get(status_default).delete(withdraw_default),
        )
        .route(STATISTICS_PATH, get(statistics_default))
        .route(&format!("/t/{{tenant}}{HEALTH_PATH}"), get(health_tenant))
        .route(
            &format!("/t/{{tenant}}{STATISTICS_PATH}"),
            get(statistics_tenant),
        )
        .route(
            &format!("/t/{{tenant}}{SUBMISSIONS_PATH}"),
            axum::routing::post(submit_tenant).get(list_tenant),
        )
        .route(
            &format!("/t/{{tenant}}{SUBMISSIONS_PATH}/{{id}}"),
            get(status_tenant).delete(withdraw_tenant),
        )
        .fallback(|| async {
            ApiProblem::new(StatusCode::NOT_FOUND, codes::NOT_FOUND, "no such resource")
        })
        // The body limit is enforced by `read_limited_body`, which can answer 413 cleanly.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(state)
}

/// The content pack this server publishes, as it is on disk (the app verifies its signature;
/// the server needs no key).
async fn content_latest(State(state): State<Arc<AppState>>) -> Response {
    let no_pack = || {
        ApiProblem::new(
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            "this server publishes no content pack",
        )
        .into_response()
    };
    let Some(path) = state.config.content_pack.clone() else {
        return no_pack();
    };
    match tokio::fs::read(&path).await {
        Ok(bytes) => (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            )],
            bytes,
        )
            .into_response(),
        Err(_) => no_pack(),
    }
}

async fn health_tenant(State(state): State<Arc<AppState>>, Path(tenant): Path<String>) -> Response {
    match known_tenant(&state, &tenant).await {
        Ok(()) => health(State(state)).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}

/// 404 unless `tenant` is a valid name that exists.
async fn known_tenant(state: &AppState, tenant: &str) -> Result<(), ApiProblem> {
    if crate::access::valid_tenant(tenant) && stored(state.store.tenant_exists(tenant).await)? {
        Ok(())
    } else {
        Err(ApiProblem::new(
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            "no such tenant on this server",
        ))
    }
}

/// Lets the request through only with a bearer token of `tenant`: 401 without a token (or with
/// one this server never issued), 403 with another tenant's.
async fn authorize(state: &AppState, tenant: &str, headers: &HeaderMap) -> Result<(), ApiProblem> {
    let unauthorized = || {
        let mut problem = ApiProblem::new(
            StatusCode::UNAUTHORIZED,
            crate::problem::UNAUTHORIZED,
            "send Authorization: Bearer with a token made by `coverready-intake token create`",
        );
        problem.bearer_challenge = true;
        problem
    };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::access::bearer)
        .ok_or_else(unauthorized)?;
    let owner = stored(
        state
            .store
            .tenant_for_token(&crate::access::token_hash(token))
            .await,
    )?
    .ok_or_else(unauthorized)?;
    if owner != tenant {
        return Err(ApiProblem::new(
            StatusCode::FORBIDDEN,
            crate::problem::FORBIDDEN,
            "this token belongs to another tenant",
        ));
    }
    Ok(())
}

/// The tenant's statistics (see [`crate::stats`]); like the listing, for its token only.
pub const STATISTICS_PATH: &str = "/api/v1/statistics";

async fn statistics_default(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    statistics_at(state, crate::store::DEFAULT_TENANT.to_owned(), headers).await
}

async fn statistics_tenant(
    State(state): State<Arc<AppState>>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
) -> Response {
    statistics_at(state, tenant, headers).await
}

async fn statistics_at(state: Arc<AppState>, tenant: String, headers: HeaderMap) -> Response {
    let computed = async {
        authorize(&state, &tenant, &headers).await?;
        stored(state.store.statistics(Some(&tenant)).await)
    };
    // A browser asks for HTML: the same figures as a page (no script, no style, nothing loaded).
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    match computed.await {
        Ok(stats) if wants_html => (
            [
                (header::CONTENT_SECURITY_POLICY, crate::stats_page::PAGE_CSP),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            axum::response::Html(crate::stats_page::render(&stats, &tenant)),
        )
            .into_response(),
        Ok(stats) => Json(stats).into_response(),
        Err(problem) => problem.into_response(),
    }
}

/// What a tenant's listing answers.
#[derive(serde::Serialize)]
struct Listing {
    tenant: String,
    submissions: Vec<StoredSubmission>,
}

async fn list_default(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    list_at(state, crate::store::DEFAULT_TENANT.to_owned(), headers).await
}

async fn list_tenant(
    State(state): State<Arc<AppState>>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
) -> Response {
    list_at(state, tenant, headers).await
}

async fn list_at(state: Arc<AppState>, tenant: String, headers: HeaderMap) -> Response {
    let listed = async {
        authorize(&state, &tenant, &headers).await?;
        let submissions = stored(state.store.list_tenant(&tenant).await)?;
        Ok::<_, ApiProblem>(Listing {
            tenant: tenant.clone(),
            submissions,
        })
    };
    match listed.await {
        Ok(listing) => Json(listing).into_response(),
        Err(problem) => problem.into_response(),
    }
}

async fn health(State(state): State<Arc<AppState>>) -> Json<Health> {
    Json(Health {
        protocol: PROTOCOL_NAME.to_owned(),
        receipt_public_key: state.receipts.public_key(),
        max_body_bytes: state.config.max_body_bytes,
    })
}

/// Why a submission got no stored answer.
enum Refused {
    Problem(ApiProblem),
    /// Answered, then the connection closed: the client is still sending a body this server
    /// will not read (declared far larger than the limit).
    ProblemAndClose(ApiProblem),
    /// The body broke off (the client went away or its connection failed): answered for form's
    /// sake, and not held against the address, as it is what a flaky network does.
    Aborted(ApiProblem),
    /// The body came too slowly or not at all; the connection is closed without an answer, like
    /// a header timeout. The client sees a network error and retries later, as it should.
    CutOff,
}

impl From<ApiProblem> for Refused {
    fn from(problem: ApiProblem) -> Refused {
        Refused::Problem(problem)
    }
}

async fn submit_default(State(state): State<Arc<AppState>>, request: Request) -> Response {
    submit(state, crate::store::DEFAULT_TENANT.to_owned(), request).await
}

async fn submit_tenant(
    State(state): State<Arc<AppState>>,
    Path(tenant): Path<String>,
    request: Request,
) -> Response {
    submit(state, tenant, request).await
}

async fn submit(state: Arc<AppState>, tenant: String, request: Request) -> Response {
    let client = request
        .extensions()
        .get::<crate::ClientAddr>()
        .map(|c| c.0.to_string())
        .unwrap_or_default();
    // An address whose submissions keep being refused is stopped before its next body is read
    // or verified, so junk costs it more than it costs us.
    if let Err(wait) = state.refused.peek(&client) {
        return rate_limited(
            wait,
            "too many refused submissions from this address; try again later",
        )
        .into_response();
    }
    let kill = request.extensions().get::<crate::ConnectionKill>().cloned();
    let refused = match submit_inner(state.clone(), tenant, request).await {
        Ok(response) => return response,
        Err(refused) => refused,
    };
    // Charged to the address: what the client sent was wrong (not our 5xx, not a rate limit).
    let charge = match &refused {
        Refused::Problem(p) | Refused::ProblemAndClose(p) => {
            p.status.is_client_error() && p.status != StatusCode::TOO_MANY_REQUESTS
        }
        Refused::Aborted(_) => false,
        Refused::CutOff => true,
    };
    if charge {
        let _ = state.refused.check(&client);
    }
    match refused {
        Refused::Problem(problem) | Refused::Aborted(problem) => problem.into_response(),
        Refused::ProblemAndClose(problem) => {
            let mut response = problem.into_response();
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            response
        }
        Refused::CutOff => {
            if let Some(kill) = kill {
                kill.0.notify_one();
            }
            // The connection task drops this future along with the connection.
            std::future::pending().await
        }
    }
}

fn rate_limited(wait: std::time::Duration, detail: &str) -> ApiProblem {
    let mut problem = ApiProblem::new(
        StatusCode::TOO_MANY_REQUESTS,
        codes::RATE_LIMITED,
        detail.to_owned(),
    );
    problem.retry_after_secs = Some(wait.as_secs().max(1));
    problem
}

async fn submit_inner(
    state: Arc<AppState>,
    tenant: String,
    request: Request,
) -> Result<Response, Refused> {
    // Before the body: a package for a tenant that does not exist is not read at all.
    known_tenant(&state, &tenant)
        .await
        .map_err(Refused::ProblemAndClose)?;
    let idempotency_key = request
        .headers()
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|k| valid_idempotency_key(k))
        .map(str::to_owned)
        .ok_or_else(|| {
            ApiProblem::new(
                StatusCode::BAD_REQUEST,
                codes::MISSING_IDEMPOTENCY_KEY,
                "send an Idempotency-Key of 1 to 255 visible ASCII characters",
            )
        })?;
    let kill = request.extensions().get::<crate::ConnectionKill>().cloned();
    let limit = state.config.max_body_bytes;
    // A declared length far past the limit is refused before a byte of the body is read; one a
    // little past it is drained (see `receive_body`) so the client gets to read the answer.
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > drain_bound(limit)) {
        return Err(Refused::ProblemAndClose(too_large(limit)));
    }
    let (head, body) = request.into_parts();
    let (spool, budget) = receive_body(&state, body).await?;
    // An injected answer comes after the body, as a platform's answer to the whole request: one
    // sent while the client is still uploading reaches it as a reset connection, not as this.
    if let Some(fault) = state.config.faults.next() {
        let status = StatusCode::from_u16(fault.status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        let code = if status == StatusCode::TOO_MANY_REQUESTS {
            codes::RATE_LIMITED
        } else if status.is_server_error() {
            "unavailable"
        } else {
            codes::INTERNAL
        };
        let mut problem = ApiProblem::new(status, code, "injected fault");
        problem.retry_after_secs = fault.retry_after_secs;
        return Err(problem.into());
    }
    // From here on the body is in memory, about twice over while it is parsed: bounded by the
    // number of permits, not by the number of connections.
    let _permit = state
        .processing
        .acquire()
        .await
        .map_err(|e| ApiProblem::internal(e.to_string()))?;
    let bytes = tokio::task::spawn_blocking(move || {
        let mut spool = spool;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut spool, &mut bytes).map(|_| bytes)
    })
    .await
    .map_err(|e| ApiProblem::internal(e.to_string()))?
    .map_err(|e| ApiProblem::internal(format!("reading the spooled body: {e}")))?;
    // The file is gone; its bytes now count against the processing permits instead.
    drop(budget);
    let parts = read_parts(Request::from_parts(head, Body::from(bytes))).await?;
    let request_sha256 = request_fingerprint(&parts);

    // A repeated key is answered from the store before anything else, so a client retrying a
    // request whose answer was lost gets exactly the first answer (and is not rate-limited).
    let earlier = stored(state.store.find_by_idempotency_key(&idempotency_key).await)?;
    if let Some(earlier) = earlier {
        return Ok(replay(&state, earlier, &request_sha256, &tenant).await?);
    }

    let (parts, verified) = tokio::task::spawn_blocking(move || {
        let verified = verify_package(&parts);
        (parts, verified)
    })
    .await
    .map_err(|e| ApiProblem::internal(e.to_string()))?;
    let verified = verified?;
    // Charged only now, to the key that signed: the public key in a manifest is no secret, so
    // charging the claimed key before the signature check let anyone lock a real installation
    // out with junk. Unverified traffic is limited per address instead (in `submit`).
    let charged = state
        .store
        .take_token(
            &verified.manifest.public_key.key,
            state.config.rate_limit,
            &state.limiter,
        )
        .await;
    if let Err(wait) = stored(charged)? {
        return Err(rate_limited(
            wait,
            "too many submissions from this installation; try again later",
        )
        .into());
    }

    let signer_key = verified.manifest.public_key.key.clone();
    let id = new_submission_id()?;
    let received_at = now_rfc3339();
    let manifest = &verified.manifest;
    let receipt = state.receipts.sign(
        &id,
        &manifest.report_id,
        &verified.manifest_sha256,
        "received",
    );
    let answer = SubmissionStatus {
        submission_id: id.clone(),
        status: "received".to_owned(),
        report_id: manifest.report_id.clone(),
        received_at: received_at.clone(),
        withdrawn_at: None,
        receipt,
    };
    let response_json =
        serde_json::to_string(&answer).map_err(|e| ApiProblem::internal(e.to_string()))?;
    let mut parts = parts;
    let take = |parts: &mut Parts, name: &str| parts.remove(name).unwrap_or_default();
    let new = NewSubmission {
        id,
        kind: manifest.kind,
        tenant: tenant.clone(),
        idempotency_key,
        request_sha256: request_sha256.clone(),
        public_key: manifest.public_key.key.clone(),
        report_id: manifest.report_id.clone(),
        manifest_sha256: verified.manifest_sha256.clone(),
        organisation_json: serde_json::to_string(&manifest.organisation).unwrap_or_default(),
        manifest_json: take(&mut parts, "manifest.json"),
        manifest_sig: take(&mut parts, "manifest.sig"),
        report_pdf: take(&mut parts, "report.pdf"),
        report_json: take(&mut parts, "report.json"),
        received_at,
        response_json: response_json.clone(),
    };
    match stored(state.store.insert(new).await)? {
        InsertOutcome::Inserted => {
            if let Some(kill) = kill.filter(|_| state.config.faults.take_drop_after_commit()) {
                kill.0.notify_one();
                std::future::pending::<()>().await;
            }
            Ok(json_response(StatusCode::CREATED, response_json, false))
        }
        // Another request with the same key won the race while this one was being verified (on
        // this instance or another): a replay, so the token it was charged is given back.
        InsertOutcome::Existing(earlier) => {
            let _ = state
                .store
                .refund_token(&signer_key, state.config.rate_limit, &state.limiter)
                .await;
            Ok(replay(&state, earlier, &request_sha256, &tenant).await?)
        }
    }
}

/// Answers a repeated Idempotency-Key. Normally that is the first answer, byte for byte. Once
/// the submission was withdrawn, that answer ("received") is no longer true: the replay gets the
/// current state instead, the same body GET gives (status `withdrawn`, `withdrawn_at` and a
/// receipt signed for `withdrawn`), still as 201 with `Idempotent-Replayed: true`.
async fn replay(
    state: &Arc<AppState>,
    earlier: crate::store::IdempotentRecord,
    request_sha256: &str,
    tenant: &str,
) -> Result<Response, ApiProblem> {
    // The same package under the same key sent to another tenant is not a retry of this one.
    if earlier.request_sha256 != request_sha256 || earlier.tenant != tenant {
        return Err(ApiProblem::new(
            StatusCode::CONFLICT,
            codes::IDEMPOTENCY_CONFLICT,
            "this Idempotency-Key was already used for a different package; use a new key",
        ));
    }
    if earlier.status == "received" {
        return Ok(json_response(
            StatusCode::CREATED,
            earlier.response_json,
            true,
        ));
    }
    let row = stored(state.store.get(&earlier.id).await)?
        .ok_or_else(|| ApiProblem::internal("replayed row vanished"))?;
    let body = serde_json::to_string(&status_of(state, &row))
        .map_err(|e| ApiProblem::internal(e.to_string()))?;
    Ok(json_response(StatusCode::CREATED, body, true))
}

async fn status_default(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    status(state, crate::store::DEFAULT_TENANT, id).await
}

async fn status_tenant(
    State(state): State<Arc<AppState>>,
    Path((tenant, id)): Path<(String, String)>,
) -> Response {
    status(state, &tenant, id).await
}

/// A submission is found only under the tenant it was sent to.
async fn get_in(
    state: &AppState,
    tenant: &str,
    id: &str,
) -> Result<Option<StoredSubmission>, crate::store::StoreError> {
    Ok(state
        .store
        .get(id)
        .await?
        .filter(|row| row.tenant == tenant))
}

async fn status(state: Arc<AppState>, tenant: &str, id: String) -> Response {
    match stored(get_in(&state, tenant, &id).await) {
        Ok(Some(row)) => Json(status_of(&state, &row)).into_response(),
        Ok(None) => not_found(&id).into_response(),
        Err(problem) => problem.into_response(),
    }
}

async fn withdraw_default(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    withdraw(state, crate::store::DEFAULT_TENANT.to_owned(), id, headers).await
}

async fn withdraw_tenant(
    State(state): State<Arc<AppState>>,
    Path((tenant, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    withdraw(state, tenant, id, headers).await
}

async fn withdraw(
    state: Arc<AppState>,
    tenant: String,
    id: String,
    headers: HeaderMap,
) -> Response {
    match withdraw_inner(state, tenant, id, headers).await {
        Ok(response) => response,
        Err(problem) => problem.into_response(),
    }
}

async fn withdraw_inner(
    state: Arc<AppState>,
    tenant: String,
    id: String,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let row = stored(get_in(&state, &tenant, &id).await)?.ok_or_else(|| not_found(&id))?;
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let timestamp = header(WITHDRAWAL_TIMESTAMP_HEADER);
    let signature = header(WITHDRAWAL_SIGNATURE_HEADER);
    let bad = |detail: &str| {
        ApiProblem::new(
            StatusCode::FORBIDDEN,
            codes::BAD_WITHDRAWAL_SIGNATURE,
            detail.to_owned(),
        )
    };
    let signed_at = parse_rfc3339(&timestamp).ok_or_else(|| bad("missing or invalid timestamp"))?;
    let now = parse_rfc3339(&now_rfc3339()).unwrap_or(signed_at);
    if (now - signed_at).abs() > WITHDRAWAL_MAX_SKEW_SECS {
        return Err(bad("the timestamp is too far from the server's clock"));
    }
    if !verify_signature(
        &row.public_key,
        &withdrawal_message(&id, &timestamp),
        &signature,
    ) {
        return Err(bad(
            "the signature is not by the installation key that made the submission",
        ));
    }
    stored(state.store.withdraw(&id, &now_rfc3339()).await)?;
    let row = stored(state.store.get(&id).await)?
        .ok_or_else(|| ApiProblem::internal("withdrawn row vanished"))?;
    Ok(Json(status_of(&state, &row)).into_response())
}

fn status_of(state: &AppState, row: &StoredSubmission) -> SubmissionStatus {
    SubmissionStatus {
        submission_id: row.id.clone(),
        status: row.status.clone(),
        report_id: row.report_id.clone(),
        received_at: row.received_at.clone(),
        withdrawn_at: row.withdrawn_at.clone(),
        receipt: state
            .receipts
            .sign(&row.id, &row.report_id, &row.manifest_sha256, &row.status),
    }
}

fn not_found(id: &str) -> ApiProblem {
    ApiProblem::new(
        StatusCode::NOT_FOUND,
        codes::NOT_FOUND,
        format!("no submission with id {id}"),
    )
}

fn json_response(status: StatusCode, body: String, replayed: bool) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if replayed {
        headers.insert(IDEMPOTENT_REPLAY_HEADER, HeaderValue::from_static("true"));
    }
    response
}

fn valid_idempotency_key(key: &str) -> bool {
    (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

fn new_submission_id() -> Result<String, ApiProblem> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ApiProblem::internal(e.to_string()))?;
    Ok(format!(
        "sub_{}",
        coverready_submission::encoding::hex_lower(&bytes)
    ))
}

/// How far past the limit a body is still read (and thrown away) so that its sender gets to read
/// the 413: a client still uploading would otherwise see a reset connection instead of the
/// answer, and retry as if the network had failed.
fn drain_bound(limit: u64) -> u64 {
    limit.saturating_mul(4).max(1 << 20)
}

fn too_large(limit: u64) -> ApiProblem {
    ApiProblem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        codes::PACKAGE_TOO_LARGE,
        format!("the body is larger than this server's limit of {limit} bytes"),
    )
}

/// Receives the body into an anonymous temporary file in the data directory, so a connection
/// waiting for the rest of its body holds a file, not memory. It must keep pace: by `grace`
/// plus `n / min_rate` seconds after the headers at least `n` bytes must have arrived, and all
/// of it within the request timeout; otherwise the upload is cut off. Refuses more than the
/// body limit (after draining up to `drain_bound`).
///
/// The file has no name (O_TMPFILE, or unlinked at once where that is missing), so it vanishes
/// when dropped or when the process dies, and never shows up in the data directory.
async fn receive_body(
    state: &AppState,
    body: Body,
) -> Result<(std::fs::File, SpoolBudget), Refused> {
    use std::time::Duration;
    use tokio::io::AsyncWriteExt;
    use tokio::time::Instant;

    let limit = state.config.max_body_bytes;
    let drain = drain_bound(limit);
    let min_rate = state.config.min_upload_bytes_per_sec;
    let started = Instant::now();
    // Checked additions: a configured timeout of years must not overflow the clock.
    let far = |after: Duration| {
        started
            .checked_add(after)
            .unwrap_or_else(|| started + Duration::from_secs(365 * 86_400))
    };
    let deadline = far(state.config.request_timeout);
    let dir = state.incoming_dir.clone();
    let spool = tokio::task::spawn_blocking(move || tempfile::tempfile_in(dir))
        .await
        .map_err(|e| ApiProblem::internal(e.to_string()))?
        .map_err(|e| ApiProblem::internal(format!("spooling the body: {e}")))?;
    let mut spool = tokio::fs::File::from_std(spool);
    // tokio buffers up to 2 MiB per file between writes; each stalled upload would keep that.
    spool.set_max_buf_size(64 * 1024);
    let mut budget = SpoolBudget {
        spooled: state.spooled.clone(),
        held: 0,
    };
    let mut body = body;
    let mut seen: u64 = 0;
    loop {
        // The moment the average rate would drop below the minimum if nothing more arrived.
        // (No minimum rate configured: only the deadline.)
        let keep_pace = seen.checked_div(min_rate).map_or(deadline, |secs| {
            far(state
                .config
                .upload_grace
                .saturating_add(Duration::from_secs(secs)))
        });
        let frame = match tokio::time::timeout_at(keep_pace.min(deadline), body.frame()).await {
            Err(_) => return Err(Refused::CutOff),
            Ok(None) => break,
            Ok(Some(frame)) => frame.map_err(|e| {
                Refused::Aborted(ApiProblem::malformed(format!("reading the body: {e}")))
            })?,
        };
        let Some(data) = frame.data_ref() else {
            continue;
        };
        seen = seen.saturating_add(data.len() as u64);
        if seen <= limit {
            if !budget.take(data.len() as u64, state.config.max_spooled_bytes) {
                let mut busy = ApiProblem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "this server is receiving too much at once; try again later",
                );
                busy.retry_after_secs = Some(30);
                return Err(Refused::ProblemAndClose(busy));
            }
            spool
                .write_all(data)
                .await
                .map_err(|e| ApiProblem::internal(format!("spooling the body: {e}")))?;
        } else if seen > drain {
            break;
        }
    }
    if seen > limit {
        return Err(Refused::ProblemAndClose(too_large(limit)));
    }
    spool
        .flush()
        .await
        .map_err(|e| ApiProblem::internal(format!("spooling the body: {e}")))?;
    let mut spool = spool.into_std().await;
    std::io::Seek::rewind(&mut spool)
        .map_err(|e| ApiProblem::internal(format!("spooling the body: {e}")))?;
    Ok((spool, budget))
}

/// One upload's share of the spool budget, given back when dropped (however the upload ends).
struct SpoolBudget {
    spooled: Arc<std::sync::atomic::AtomicU64>,
    held: u64,
}

impl SpoolBudget {
    fn take(&mut self, n: u64, max: u64) -> bool {
        use std::sync::atomic::Ordering;
        let taken = self
            .spooled
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |now| {
                now.checked_add(n).filter(|total| *total <= max)
            })
            .is_ok();
        if taken {
            self.held += n;
        }
        taken
    }
}

impl Drop for SpoolBudget {
    fn drop(&mut self) {
        self.spooled
            .fetch_sub(self.held, std::sync::atomic::Ordering::SeqCst);
    }
}

async fn read_parts(request: Request) -> Result<Parts, ApiProblem> {
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|e| ApiProblem::malformed(format!("not multipart/form-data: {e}")))?;
    let mut parts = Parts::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| ApiProblem::malformed(e.to_string()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field
            .bytes()
            .await
            .map_err(|e| ApiProblem::malformed(e.to_string()))?;
        if parts.insert(name.clone(), bytes.to_vec()).is_some() {
            return Err(ApiProblem::malformed(format!(
                "the part \"{name}\" appears twice"
            )));
        }
    }
    Ok(parts)
}

/// A store failure is this server's fault: 500, its text for the operator's eyes in `detail`.
fn stored<T>(result: Result<T, crate::store::StoreError>) -> Result<T, ApiProblem> {
    result.map_err(|e| ApiProblem::internal(e.to_string()))
}
