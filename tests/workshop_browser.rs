//! The phone page in a real browser: headless Chromium at a phone's size
//! joins the workshop's server with the room code, votes, changes its
//! vote, and follows the facilitator's lock and reveal; the tally the game
//! reads is asserted; and the same page in the workshop's language (Hindi).
//! Screenshots go to `target/screenshots/phone-*.png`.

mod browser;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use browser::{Browser, screenshot_dir};
use last_word::text::i18n::Language;
use last_word::workshop::server::Server;
use last_word::workshop::{Live, Phase, ReplyButton, Room, RoomCode, Stage};

/// The coffee shop's first decision, as the projector would show it.
fn decision() -> Stage {
    let replies = [
        (2, "Of course. One cappuccino coming up."),
        (
            1,
            "Sure. Do you like it dry, with more foam, or wet, with more milk?",
        ),
        (3, "We only do them one way here, sorry."),
    ];
    Stage {
        scenario: "The Dry Cappuccino".into(),
        customer: "Dana, a regular".into(),
        line: "A cappuccino, please.".into(),
        replies: replies
            .iter()
            .map(|(n, t)| ReplyButton {
                number: *n,
                text: t.to_string(),
            })
            .collect(),
        phase: Phase::Voting,
    }
}

#[test]
fn a_phone_joins_votes_changes_its_vote_and_follows_the_room() {
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(5);
    let code = RoomCode::generate(&mut rng);
    let woken = Arc::new(AtomicUsize::new(0));
    let count = woken.clone();
    let room = Room::new(code.clone(), vec![]);
    let server = Server::start("127.0.0.1:0".parse().unwrap(), Live::new(room), move || {
        count.fetch_add(1, Ordering::SeqCst);
    })
    .unwrap();
    let shots = screenshot_dir();
    let mut phone = Browser::launch(390, 844, true);

    // The QR code's address carries the room code.
    phone.open(&format!("http://{}/?code={}", server.addr(), code.as_str()));
    phone.wait_for("!document.getElementById('join').hidden");
    assert_eq!(
        phone.eval("document.getElementById('code').value"),
        code.as_str()
    );
    phone.screenshot(&shots.join("phone-join.png"), false);
    phone.eval(
        "document.getElementById('nickname').value = '<b>Pat</b>';
         document.getElementById('join').requestSubmit()",
    );
    phone.wait_for("!document.getElementById('waiting').hidden");
    assert_eq!(server.with_live(|live| live.room().len()), 1);
    // The nickname is shown as the text typed, never as markup.
    assert_eq!(
        phone.eval("document.getElementById('who').textContent"),
        "<b>Pat</b>"
    );
    assert_eq!(
        phone.eval("document.querySelectorAll('b').length === 1"),
        true
    );

    // The facilitator opens the vote: the phone is told, no reload.
    server.with_live(|live| live.show(0, decision()));
    phone.wait_for("document.querySelectorAll('.reply').length === 3");
    let texts = phone.eval("[...document.querySelectorAll('.reply')].map(b => b.innerText)");
    assert!(
        texts[1].as_str().unwrap().contains("dry, with more foam"),
        "{texts}"
    );
    phone.eval("document.querySelectorAll('.reply')[1].click()");
    phone
        .wait_for("document.querySelectorAll('.reply')[1].getAttribute('aria-pressed') === 'true'");
    assert_eq!(server.with_live(|l| l.tally(0)).unwrap().votes_for(1), 1);
    phone.screenshot(&shots.join("phone-voted.png"), false);

    // A change of mind moves the vote, not adds one.
    phone.eval("document.querySelectorAll('.reply')[2].click()");
    phone
        .wait_for("document.querySelectorAll('.reply')[2].getAttribute('aria-pressed') === 'true'");
    let tally = server.with_live(|l| l.tally(0)).unwrap();
    assert_eq!(tally.counts, [(2, 0), (1, 0), (3, 1)]);
    assert!(
        woken.load(Ordering::SeqCst) >= 3,
        "join and two votes woke the game"
    );

    // Locked: buttons off, the room's choice marked.
    let choice = server.with_live(|l| l.lock(0)).unwrap();
    assert_eq!(choice.chosen, 3);
    phone.wait_for("document.querySelectorAll('.reply:disabled').length === 3");
    phone.wait_for(
        "document.querySelector('.reply.chosen') === document.querySelectorAll('.reply')[2]",
    );
    server.with_live(|l| {
        l.reveal(
            0,
            3,
            "Dana's smile goes flat. She pays, and doesn't come back the next morning.",
        )
    });
    phone.wait_for("document.getElementById('status').textContent.includes('smile goes flat')");
    phone.screenshot(&shots.join("phone-revealed.png"), false);

    // The screen's text enlarged to 200%: everything still fits across.
    phone.eval("document.documentElement.style.fontSize = '200%'");
    assert_eq!(
        phone.eval("document.documentElement.scrollWidth <= window.innerWidth"),
        true
    );
    phone.screenshot(&shots.join("phone-large-text.png"), true);

    // A reload keeps the phone in the room with its vote.
    phone.open(&format!("http://{}/", server.addr()));
    phone.wait_for("document.querySelectorAll('.reply.chosen').length === 1");
    assert_eq!(server.with_live(|live| live.room().len()), 1);

    server.with_live(|l| l.end());
    phone.wait_for("document.getElementById('waiting').textContent.includes('over')");
}

#[test]
fn the_phone_page_speaks_the_workshops_language() {
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(6);
    let code = RoomCode::generate(&mut rng);
    let room = Room::new(code.clone(), vec!["लाल".into(), "नीली".into()]);
    let server = Server::start_in(
        "127.0.0.1:0".parse().unwrap(),
        Live::new(room),
        Language::Hindi,
        || {},
    )
    .unwrap();
    let shots = screenshot_dir();
    let mut phone = Browser::launch(390, 844, true);
    phone.open(&format!("http://{}/?code={}", server.addr(), code.as_str()));
    phone.wait_for("!document.getElementById('team-row').hidden");
    assert_eq!(phone.eval("document.documentElement.lang"), "hi");
    assert_eq!(
        phone.eval("document.querySelector('h1').textContent"),
        "वर्कशॉप से जुड़ें"
    );
    phone.screenshot(&shots.join("phone-join-hi.png"), false);
    phone.eval(
        "document.getElementById('nickname').value = '<b>पैट</b>';
         document.getElementById('team').value = '1';
         document.getElementById('join').requestSubmit()",
    );
    phone.wait_for("!document.getElementById('waiting').hidden");
    // The nickname stays text; the team's label comes in Hindi.
    assert_eq!(
        phone.eval("document.getElementById('who').textContent"),
        "<b>पैट</b> · टीम नीली"
    );
    assert_eq!(
        phone.eval("document.querySelectorAll('b').length === 1"),
        true
    );
    let waiting = phone.eval("document.getElementById('waiting').textContent");
    assert!(
        waiting.as_str().unwrap().starts_with("आप जुड़ गए हैं।"),
        "{waiting}"
    );
    server.with_live(|live| live.show(1, decision()));
    phone.wait_for("document.querySelectorAll('.reply').length === 3");
    phone.eval("document.querySelectorAll('.reply')[0].click()");
    phone
        .wait_for("document.querySelectorAll('.reply')[0].getAttribute('aria-pressed') === 'true'");
    assert_eq!(
        phone.eval("document.getElementById('status').textContent"),
        "आपका वोट गिन लिया गया। बदलने के लिए कोई दूसरा जवाब छुएँ।"
    );
    assert_eq!(
        phone.eval("document.getElementById('said').textContent"),
        "“A cappuccino, please.”"
    );
    assert_eq!(
        phone.eval("document.documentElement.scrollWidth <= window.innerWidth"),
        true
    );
    phone.screenshot(&shots.join("phone-voted-hi.png"), false);
    server.with_live(|l| l.lock(1));
    phone.wait_for("document.querySelectorAll('.reply:disabled').length === 3");
    phone.eval("document.querySelectorAll('.reply')[1].disabled = false; document.querySelectorAll('.reply')[1].click()");
    phone.wait_for("document.getElementById('vote-error').textContent !== ''");
    assert_eq!(
        phone.eval("document.getElementById('vote-error').textContent"),
        "वोटिंग बंद हो चुकी है"
    );
    server.with_live(|l| l.end());
    phone.wait_for(
        "document.getElementById('waiting').textContent === 'वर्कशॉप समाप्त हुई। भाग लेने के लिए धन्यवाद।'",
    );
}
