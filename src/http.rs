//! HTTP from the browser for the connection test: one `fetch` that can be stopped (by a time limit or
//! by the person) while it waits and while it reads, that follows no redirect and reads no more than
//! [`MAX_ANSWER_BYTES`], giving back status, body and `Retry-After`, or why there was no answer. What the
//! answer means is decided in `skattedeling_core::connection`. A call to the backend says in
//! `Accept-Language` which language its words are to be in ([`Call::answered_in`]).

use crate::browser::window;
use skattedeling_core::connection::MAX_ANSWER_BYTES;
use skattedeling_core::Lang;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// An HTTP answer the page may read.
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<String>,
}

/// Why there was no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoAnswer {
    /// The network failed, the server is down, or CORS kept the answer from the page.
    Network,
    /// The time limit ran out.
    TimedOut,
    /// `Stopper::stop` was called.
    Stopped,
    /// The answer went past [`MAX_ANSWER_BYTES`]; reading stopped there.
    TooLarge,
    /// The server answered with a redirect, which is not followed.
    Redirected,
}

/// Stops a request that is under way.
#[derive(Clone)]
pub struct Stopper {
    controller: Option<web_sys::AbortController>,
    stopped: Rc<Cell<bool>>,
}

impl Stopper {
    pub fn stop(&self) {
        self.stopped.set(true);
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// A request about to be sent, and the means to stop it.
pub struct Call {
    pub stopper: Stopper,
    /// The language the answer's words are asked in, if any.
    language: Option<Lang>,
}

impl Default for Call {
    fn default() -> Call {
        Call::new()
    }
}

impl Call {
    pub fn new() -> Call {
        Call {
            stopper: Stopper {
                controller: web_sys::AbortController::new().ok(),
                stopped: Rc::new(Cell::new(false)),
            },
            language: None,
        }
    }

    /// Asks for the answer's words in `lang` (`Accept-Language: nb`, `nn` or `en`, which is a
    /// CORS-safelisted header: it adds no preflight). Codes and ids are the same in every language.
    pub fn answered_in(mut self, lang: Lang) -> Call {
        self.language = Some(lang);
        self
    }

    /// Sends `body` (JSON) with `method` to `url` and waits at most `limit` for the whole answer.
    pub async fn send(
        self,
        method: &str,
        url: &str,
        body: Option<&str>,
        limit: Duration,
    ) -> Result<Answer, NoAnswer> {
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let timed_out = timed_out.clone();
            let controller = self.stopper.controller.clone();
            leptos::prelude::set_timeout_with_handle(
                move || {
                    timed_out.set(true);
                    if let Some(c) = controller {
                        c.abort();
                    }
                },
                limit,
            )
            .ok()
        };
        let result = self.fetch(method, url, body).await;
        if let Some(t) = timer {
            t.clear();
        }
        match result {
            Ok(answer) => Ok(answer),
            Err(Failed::Refused(why)) => Err(why),
            Err(Failed::Broke) if self.stopper.stopped.get() => Err(NoAnswer::Stopped),
            Err(Failed::Broke) if timed_out.get() => Err(NoAnswer::TimedOut),
            Err(Failed::Broke) => Err(NoAnswer::Network),
        }
    }

    async fn fetch(&self, method: &str, url: &str, body: Option<&str>) -> Result<Answer, Failed> {
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        init.set_mode(web_sys::RequestMode::Cors);
        init.set_cache(web_sys::RequestCache::NoStore);
        // A redirect is seen, not followed: an answer from elsewhere is not the backend's.
        init.set_redirect(web_sys::RequestRedirect::Manual);
        let headers = web_sys::Headers::new().map_err(broke)?;
        if let Some(lang) = self.language {
            headers.set("Accept-Language", lang.code()).map_err(broke)?;
        }
        if let Some(body) = body {
            headers
                .set("Content-Type", "application/json")
                .map_err(broke)?;
            init.set_body(&body.into());
        }
        init.set_headers(&headers);
        if let Some(c) = &self.stopper.controller {
            init.set_signal(Some(&c.signal()));
        }
        let response: web_sys::Response =
            JsFuture::from(window().fetch_with_str_and_init(url, &init))
                .await
                .map_err(broke)?
                .dyn_into()
                .map_err(broke)?;
        if response.type_() == web_sys::ResponseType::Opaqueredirect {
            return Err(Failed::Refused(NoAnswer::Redirected));
        }
        let declared = response.headers().get("Content-Length").ok().flatten();
        if declared.and_then(|n| n.trim().parse::<u64>().ok()) > Some(MAX_ANSWER_BYTES as u64) {
            return Err(Failed::Refused(NoAnswer::TooLarge));
        }
        let bytes = match response.body() {
            Some(stream) => read_capped(&stream).await?,
            None => Vec::new(),
        };
        Ok(Answer {
            status: response.status(),
            // As `Response.text()` does: a byte-order mark is not part of the text.
            body: String::from_utf8_lossy(
                bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes),
            )
            .into_owned(),
            retry_after: response.headers().get("Retry-After").ok().flatten(),
        })
    }
}

/// Why `fetch` gave no answer: a failure of the request (the cause is told by who stopped it), or
/// an answer refused for what it is.
enum Failed {
    Broke,
    Refused(NoAnswer),
}

fn broke(_: wasm_bindgen::JsValue) -> Failed {
    Failed::Broke
}

/// The body, read chunk by chunk, up to [`MAX_ANSWER_BYTES`]; past that the stream is cancelled.
/// A stop or the time limit aborts the request, which fails the pending read.
async fn read_capped(stream: &web_sys::ReadableStream) -> Result<Vec<u8>, Failed> {
    let reader: web_sys::ReadableStreamDefaultReader =
        stream.get_reader().dyn_into().map_err(|_| Failed::Broke)?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(broke)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(broke)?;
        if done.as_bool() == Some(true) {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(broke)?;
        let value: js_sys::Uint8Array = value.dyn_into().map_err(|_| Failed::Broke)?;
        if bytes.len() + value.length() as usize > MAX_ANSWER_BYTES {
            let _ = reader.cancel();
            return Err(Failed::Refused(NoAnswer::TooLarge));
        }
        let at = bytes.len();
        bytes.resize(at + value.length() as usize, 0);
        value.copy_to(&mut bytes[at..]);
    }
}
