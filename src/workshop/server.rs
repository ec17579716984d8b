//! The web server the room's phones talk to while a workshop runs: axum on
//! a tokio runtime in its own thread, around the shared [`Live`] state.
//!
//! The facilitator's side holds a [`Server`] handle: it changes the state
//! with [`Server::with_live`], which pushes the change to every phone; it
//! is woken (the callback given to [`Server::start`]) whenever a phone
//! joins or votes. Nothing here knows of the game's engine.
//!
//! What a phone can reach, and nothing else (the facilitator's controls
//! are not on the network at all):
//!
//! | Request | Answer |
//! | --- | --- |
//! | `GET /` | the phone page |
//! | `GET /api/room` | the teams to pick from (no secrets) |
//! | `POST /api/join` `{code, nickname, team}` | `{token, state}`; 403 wrong code, 429 too many wrong codes, 400 no such team, 503 room full |
//! | `GET /api/state?token=` | the phone's [`PhoneState`]; 401 unknown phone |
//! | `GET /api/events?token=` | the same, pushed as server-sent events on every change |
//! | `POST /api/vote` `{token, reply}` | the new state; 409 no vote open or locked, 400 reply not offered, 401 unknown phone |
//!
//! Bodies over [`BODY_LIMIT`] bytes get 413, malformed JSON a 4xx, and
//! nothing a phone sends can stop the server or the game.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use serde::Deserialize;
use serde_json::json;
use tokio::sync::watch;

use super::{JoinError, Live, PhoneError, PhoneState, Token, VoteError};
use crate::text::escape_html;
use crate::text::i18n::{self, Language, Locale};
use crate::text::workshop::{phone_error, phone_script_words};

/// The largest request body a phone may send, in bytes.
pub const BODY_LIMIT: usize = 4 * 1024;

/// The phone page: markup, style and a script that only shows what the
/// server sends. Its words are `{{message-id}}` slots, filled in by
/// [`phone_page`] in the workshop's language.
const PHONE_PAGE: &str = include_str!("phone.html");

/// The version number that tells open event streams the server is closing.
const CLOSING: u64 = u64::MAX;

/// What the request handlers share.
struct Shared {
    live: Mutex<Live>,
    /// The live state's version, for the event streams to wait on.
    version: watch::Sender<u64>,
    /// Wakes the facilitator's side after a phone changed something.
    wake: Box<dyn Fn() + Send + Sync>,
    started: Instant,
    /// The workshop's language: the page's words and the refusals'.
    locale: &'static Locale,
    /// The phone page in that language.
    page: String,
}

impl Shared {
    fn live(&self) -> MutexGuard<'_, Live> {
        // A handler that panicked mid-change cannot leave the room
        // half-updated in a way later requests cannot read: keep serving.
        self.live.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the event streams and the facilitator that the state moved.
    fn announce(&self, version: u64) {
        self.version.send_replace(version);
    }

    fn now_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }
}

/// The running server; stops when dropped.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Serves the phone page and its API for `live` on `bind` (port 0: any
    /// free port), calling `wake` whenever a phone changes something. The
    /// phones are spoken to in the language current on the calling thread
    /// ([`i18n::current`]), the facilitator's.
    pub fn start(
        bind: SocketAddr,
        live: Live,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> std::io::Result<Server> {
        Server::start_in(bind, live, i18n::current().language(), wake)
    }

    /// [`Server::start`], speaking to the phones in `language`.
    pub fn start_in(
        bind: SocketAddr,
        live: Live,
        language: Language,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> std::io::Result<Server> {
        let locale = i18n::get(language);
        let listener = std::net::TcpListener::bind(bind)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (version, _) = watch::channel(live.version());
        let shared = Arc::new(Shared {
            live: Mutex::new(live),
            version,
            wake: Box::new(wake),
            started: Instant::now(),
            locale,
            page: phone_page(locale),
        });
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("workshop-server")
            .enable_io()
            .enable_time()
            .build()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let app = router(shared.clone());
        let thread = std::thread::Builder::new()
            .name("workshop-server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let service = app.into_make_service_with_connect_info::<SocketAddr>();
                    let _ = axum::serve(listener, service)
                        .with_graceful_shutdown(async {
                            let _ = stopped.await;
                        })
                        .await;
                });
                runtime.shutdown_timeout(Duration::from_secs(1));
            })?;
        Ok(Server {
            addr,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Where the server listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Reads or changes the live state from the facilitator's side; a
    /// change reaches every phone.
    pub fn with_live<R>(&self, f: impl FnOnce(&mut Live) -> R) -> R {
        let mut live = self.shared.live();
        let before = live.version();
        let result = f(&mut live);
        let after = live.version();
        drop(live);
        if after != before {
            self.shared.announce(after);
        }
        result
    }

    /// Stops serving: open pages stop updating, and the port is free again.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        self.shared.announce(CLOSING);
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// The address other machines on the local network reach this one at
/// (the interface the default route leaves by), else loopback. Nothing is
/// sent: connecting a UDP socket only picks the route.
pub fn lan_address() -> IpAddr {
    let routed = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| s.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).map(|_| s))
        .and_then(|s| s.local_addr());
    match routed {
        Ok(addr) if !addr.ip().is_unspecified() => addr.ip(),
        _ => IpAddr::V4(Ipv4Addr::LOCALHOST),
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/api/room", get(room))
        .route("/api/join", post(join))
        .route("/api/state", get(state))
        .route("/api/events", get(events))
        .route("/api/vote", post(vote))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared)
}

/// The phone page with its words in `locale`: each `{{message-id}}` slot
/// filled with that message, escaped for HTML; `{{lang}}` with the
/// language's tag; `{{words}}` with the words the script shows later, as
/// JSON that cannot end the script element it sits in.
pub fn phone_page(locale: &'static Locale) -> String {
    let mut page = String::with_capacity(PHONE_PAGE.len() + 2048);
    let mut rest = PHONE_PAGE;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        page.push_str(&rest[..start]);
        let slot = &rest[start + 2..start + len];
        match slot {
            "lang" => page.push_str(locale.language().tag()),
            "words" => {
                let words: serde_json::Map<String, serde_json::Value> = phone_script_words(locale)
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v.into()))
                    .collect();
                let json = serde_json::Value::Object(words).to_string();
                page.push_str(
                    &json
                        .replace('<', "\\u003c")
                        .replace('>', "\\u003e")
                        .replace('&', "\\u0026"),
                );
            }
            id => page.push_str(&escape_html(locale.tr(id))),
        }
        rest = &rest[start + len + 2..];
    }
    page.push_str(rest);
    page
}

async fn page(State(shared): State<Arc<Shared>>) -> Response {
    let mut response = Html(shared.page.clone()).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:",
        ),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn room(State(shared): State<Arc<Shared>>) -> Response {
    let teams = shared.live().room().teams().to_vec();
    Json(json!({ "teams": teams })).into_response()
}

#[derive(Deserialize)]
struct JoinRequest {
    code: String,
    #[serde(default)]
    nickname: String,
    #[serde(default)]
    team: Option<usize>,
}

async fn join(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Json(request): Json<JoinRequest>,
) -> Response {
    let now = shared.now_ms();
    let mut live = shared.live();
    let joined = live
        .join(
            &client.ip().to_string(),
            &request.code,
            &request.nickname,
            request.team,
            now,
        )
        .and_then(|(token, _)| Ok((live.phone_state(&token)?, token)));
    let version = live.version();
    drop(live);
    match joined {
        Ok((state, token)) => {
            shared.announce(version);
            (shared.wake)();
            Json(json!({ "token": token, "state": state })).into_response()
        }
        Err(e) => refusal(&shared, &e),
    }
}

#[derive(Deserialize)]
struct TokenQuery {
    token: String,
}

async fn state(State(shared): State<Arc<Shared>>, Query(q): Query<TokenQuery>) -> Response {
    match shared.live().phone_state(&Token::from_sent(&q.token)) {
        Ok(state) => Json(state).into_response(),
        Err(e) => refusal(&shared, &e),
    }
}

async fn events(State(shared): State<Arc<Shared>>, Query(q): Query<TokenQuery>) -> Response {
    let token = Token::from_sent(&q.token);
    let known = shared.live().phone_state(&token).map(|_| ());
    if let Err(e) = known {
        return refusal(&shared, &e);
    }
    let updates = shared.version.subscribe();
    Sse::new(state_stream(shared, token, updates))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

/// The phone's state now, then again after every change, until the
/// server closes or the phone is no longer in the room.
fn state_stream(
    shared: Arc<Shared>,
    token: Token,
    updates: watch::Receiver<u64>,
) -> impl Stream<Item = Result<Event, Infallible>> {
    futures_util::stream::unfold(
        (shared, token, updates, true),
        |(shared, token, mut updates, first)| async move {
            if !first && updates.changed().await.is_err() {
                return None;
            }
            if *updates.borrow_and_update() == CLOSING {
                return None;
            }
            let state = shared.live().phone_state(&token).ok()?;
            let event = Event::default()
                .event("state")
                .json_data(&state)
                .unwrap_or_default();
            Some((Ok(event), (shared, token, updates, false)))
        },
    )
}

#[derive(Deserialize)]
struct VoteRequest {
    token: String,
    reply: usize,
}

async fn vote(State(shared): State<Arc<Shared>>, Json(request): Json<VoteRequest>) -> Response {
    let token = Token::from_sent(&request.token);
    let mut live = shared.live();
    let voted = live
        .vote(&token, request.reply)
        .and_then(|()| live.phone_state(&token));
    let version = live.version();
    drop(live);
    match voted {
        Ok(state) => {
            shared.announce(version);
            (shared.wake)();
            Json::<PhoneState>(state).into_response()
        }
        Err(e) => refusal(&shared, &e),
    }
}

/// A refusal as the phone page reads it: a status and `{"error": ...}` in
/// words a person in the room understands, in the workshop's language.
fn refusal(shared: &Shared, e: &PhoneError) -> Response {
    let status = match e {
        PhoneError::UnknownPhone => StatusCode::UNAUTHORIZED,
        PhoneError::NotVoting | PhoneError::Vote(VoteError::Locked) => StatusCode::CONFLICT,
        PhoneError::Vote(VoteError::NotOffered { .. }) => StatusCode::BAD_REQUEST,
        PhoneError::Join(JoinError::WrongCode { .. }) => StatusCode::FORBIDDEN,
        PhoneError::Join(JoinError::TooManyGuesses { .. }) => StatusCode::TOO_MANY_REQUESTS,
        PhoneError::Join(JoinError::NoSuchTeam) => StatusCode::BAD_REQUEST,
        PhoneError::Join(JoinError::Full) => StatusCode::SERVICE_UNAVAILABLE,
    };
    let words = phone_error(shared.locale, e);
    let mut response = (status, Json(json!({ "error": words }))).into_response();
    if let PhoneError::Join(JoinError::TooManyGuesses { retry_after_ms }) = e
        && let Ok(v) = HeaderValue::from_str(&retry_after_ms.div_ceil(1000).to_string())
    {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    response
}
