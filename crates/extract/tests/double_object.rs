//! A recipient named by one word before the goods ("Lukashenko gave Kim a hunting carbine")
//! is the recipient, not the make of the goods (which needs the goods right after it:
//! "Shahed drones"); goods opening the story after a dateline ("BELGRADE — Howitzers were
//! sent") are no name; an object pronoun ("Lukashenko gave him a tractor") is someone other
//! than the subject of its verb.
mod common;

#[test]
fn one_word_recipients_and_story_openings() {
    let text = include_str!("double_object.txt");
    let e = common::extract("double object", text);
    let got = common::triples(&e);
    let want = [
        ("Alexander Lukashenko", "Kim Jong Un", "carbine"),
        ("Kim Jong Un", "Alexander Lukashenko", "vase"),
        ("Serbia", "Cyprus", "howitzer"),
        // "gave him": the object pronoun is not the giver himself
        ("Alexander Lukashenko", "Ilham Aliyev", "tractor"),
    ];
    common::assert_items(&got, &want);
}
