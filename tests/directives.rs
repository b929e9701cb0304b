//! Directive cues, speakers, addressees and actions on small texts written for the tests.

mod common;
use common::{assert_no_directive, one_directive};
use nutshell::{analyze, DirectiveKind};

#[track_caller]
fn check(text: &str, speaker: Option<&str>, cue: &str, addressee: Option<&str>, action: &str) {
    let d = one_directive(text);
    assert_eq!(
        d.speaker.as_ref().map(|s| s.name.as_str()),
        speaker,
        "speaker of {text:?}"
    );
    assert_eq!(d.cue.text, cue, "cue of {text:?}");
    assert_eq!(
        d.addressee.as_ref().map(|p| p.text.as_str()),
        addressee,
        "addressee of {text:?}"
    );
    assert_eq!(d.action.text, action, "action of {text:?}");
}

/// Each text has one directive, given by the named speaker.
#[track_caller]
fn check_speakers(cases: &[(&str, &str)]) {
    for &(text, speaker) in cases {
        let d = one_directive(text);
        assert_eq!(
            d.speaker.as_ref().map(|s| s.name.as_str()),
            Some(speaker),
            "{text:?}"
        );
    }
}

#[test]
fn urge_someone_to() {
    check(
        "The minister urged farmers to plant earlier.",
        Some("minister"),
        "urged",
        Some("farmers"),
        "plant earlier",
    );
}

#[test]
fn call_on_and_call_for() {
    check(
        "Senator Jane Doe called on Congress to pass the bill.",
        Some("Jane Doe"),
        "called on",
        Some("Congress"),
        "pass the bill",
    );
    check(
        "Jane Doe called for an independent inquiry.",
        Some("Jane Doe"),
        "called for",
        None,
        "an independent inquiry",
    );
    check(
        "Hillary Clinton is calling for the United States to step up its efforts.",
        Some("Hillary Clinton"),
        "calling for",
        Some("the United States"),
        "step up its efforts",
    );
}

#[test]
fn demand_order_ask_encourage() {
    check(
        "Protesters demanded an apology.",
        Some("Protesters"),
        "demanded",
        None,
        "an apology",
    );
    check(
        "The judge ordered the company to pay damages.",
        Some("judge"),
        "ordered",
        Some("the company"),
        "pay damages",
    );
    check(
        "Ann Lee asked residents to stay indoors.",
        Some("Ann Lee"),
        "asked",
        Some("residents"),
        "stay indoors",
    );
    check(
        "Ann Lee encouraged young people to vote.",
        Some("Ann Lee"),
        "encouraged",
        Some("young people"),
        "vote",
    );
    check(
        "Unions pressed for higher wages.",
        Some("Unions"),
        "pressed for",
        None,
        "higher wages",
    );
}

#[test]
fn emphasis_with_need_or_importance() {
    check(
        "Ann Lee stressed the need to cut emissions.",
        Some("Ann Lee"),
        "stressed the need to",
        None,
        "cut emissions",
    );
    check(
        "Ann Lee emphasized the importance of protecting clean water.",
        Some("Ann Lee"),
        "emphasized the importance of",
        None,
        "protecting clean water",
    );
    // The importance of a value, not of an act, asks nothing.
    assert_no_directive("Ann Lee emphasized the importance of clean water.");
    check(
        "Ann Lee highlighted the need for schools to hire nurses.",
        Some("Ann Lee"),
        "highlighted the need for",
        Some("schools"),
        "hire nurses",
    );
}

#[test]
fn participle_with_main_clause_is_one_directive() {
    let d = one_directive(
        "Stressing the importance of staying united, Ann Lee highlighted the need for reform.",
    );
    assert_eq!(d.speaker.unwrap().name, "Ann Lee");
    assert_eq!(d.cue.text, "highlighted the need for");
    assert_eq!(d.action.text, "reform");
    assert_eq!(d.also.len(), 1);
    assert_eq!(d.also[0].cue.text, "Stressing the importance of");
    assert_eq!(d.also[0].action.text, "staying united");
}

#[test]
fn obligations() {
    let d = one_directive("Governments must act now.");
    assert_eq!(d.kind, DirectiveKind::Obligation);
    assert_eq!(d.cue.text, "must");
    assert_eq!(d.addressee.unwrap().text, "Governments");
    assert_eq!(d.action.text, "act now");
    assert!(d.speaker.is_none());

    check(
        "Ann Lee said that schools should reopen.",
        Some("Ann Lee"),
        "should",
        Some("schools"),
        "reopen",
    );
    check(
        "Cities need to invest in transit.",
        None,
        "need to",
        Some("Cities"),
        "invest in transit",
    );
    check(
        "It is necessary to reform the tax code.",
        None,
        "It is necessary to",
        None,
        "reform the tax code",
    );
}

#[test]
fn pronouns_resolve_to_the_latest_named_speaker() {
    let a = analyze(
        "Chinese President Xi Jinping spoke on Monday. He urged unions to organize contests. \
         Xi Jinping also called for reform.",
    );
    assert_eq!(a.directives.len(), 2);
    for d in &a.directives {
        assert_eq!(d.speaker.as_ref().unwrap().name, "Xi Jinping");
    }
    assert_eq!(a.directives[0].speaker.as_ref().unwrap().text, "He");
}

#[test]
fn titles_are_stripped_and_surnames_merged() {
    let a = analyze("Secretary of State John Kerry urged restraint. Kerry also called for talks.");
    let names: Vec<&str> = a
        .directives
        .iter()
        .map(|d| d.speaker.as_ref().unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["John Kerry", "John Kerry"]);
}

#[test]
fn not_directives() {
    assert_no_directive("Xi Jinping commended the working class.");
    assert_no_directive("He praised the workers for their dedication.");
    assert_no_directive("Xi Jinping highlighted that trade unions are mass organizations.");
    assert_no_directive("Wang Dongming reported on the progress made since 2018.");
    assert_no_directive("Other participants included Li Ganjie and Li Shulei.");
    assert_no_directive("The meeting took place in Beijing.");
    assert_no_directive("He must have known about it.");
    assert_no_directive("If prices should rise, we will act.");
    assert_no_directive("There is no need to panic.");
    assert_no_directive("The call for reform was ignored.");
    assert_no_directive("Should we stay?");
}

#[test]
fn headline_is_not_counted() {
    let a = analyze("Minister Urges Calm\n\nThe minister urged residents to stay calm.");
    assert_eq!(a.directives.len(), 1);
    assert_eq!(a.directives[0].sentence, 1);
}

#[test]
fn quotes_and_brackets_inside_the_addressee_or_before_the_action() {
    check(
        "Ali called on fellow Muslims to “stand up to extremists.”",
        Some("Ali"),
        "called on",
        Some("fellow Muslims"),
        "stand up to extremists",
    );
    check(
        "Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign.",
        Some("Bernie Sanders"),
        "called on",
        Some("Michigan Gov. Rick Snyder (R)"),
        "resign",
    );
    check(
        "He called on leaders \"not to feed that dark impulse.\"",
        Some("He"),
        "called on",
        Some("leaders"),
        "not to feed that dark impulse",
    );
}

#[test]
fn possessive_calls_and_relative_clauses() {
    let d = one_directive("Trump repeated his call for a total ban on entry.");
    assert_eq!(d.cue.text, "his call for");
    assert_eq!(d.action.text, "a total ban on entry");
    let d = one_directive("Sanders is releasing an ad that urges voters to send a message.");
    assert_eq!(d.addressee.unwrap().text, "voters");
    assert_no_directive("The call for reform was ignored.");
}

#[test]
fn questions_idioms_and_passives_are_not_asks() {
    assert_no_directive("Asked which issue matters to them most, voters picked the economy.");
    assert_no_directive("The race was too close to call for much of the night.");
    assert_no_directive("The same question could be directed to the Western powers.");
    assert_no_directive("When reached by the Associated Press, Lewandowski had little to say.");
}

#[test]
fn a_participle_after_any_main_verb_takes_its_subject() {
    check(
        "Mr. Trump has repudiated decades of support for free trade, calling for heavy tariffs.",
        Some("Trump"),
        "calling for",
        None,
        "heavy tariffs",
    );
    let d = one_directive(
        "The landmark agreement includes a pledge to curb emissions, calling on countries to \
         support each other.",
    );
    assert_eq!(
        d.speaker.map(|s| s.text),
        Some("The landmark agreement".into())
    );
}

#[test]
fn a_relative_pronoun_is_the_mention_and_its_antecedent_the_name() {
    let d = one_directive("It was Obama who pressed for a grand bargain in 2011.");
    let s = d.speaker.expect("speaker");
    assert_eq!((s.name.as_str(), s.text.as_str()), ("Obama", "who"));
}

#[test]
fn a_capitalised_cue_word_inside_a_name_is_no_verb() {
    check(
        "They called him an opportunist who neglected the Garden State, and urged him to resign.",
        Some("They"),
        "urged",
        Some("him"),
        "resign",
    );
    assert_no_directive("The groups are Demand Progress, MPower Change and Emerge USA.");
    assert_no_directive("The case went to the Court of Appeals for the Fourth Circuit.");
}

#[test]
fn nouns_compounds_questions_and_reported_speech_are_no_asks() {
    assert_no_directive("Taylor had only one appeal for the voters: he was popular.");
    assert_no_directive("It fell short of its court-ordered goal of releasing the pages.");
    assert_no_directive("Who's demanding that Michael Bloomberg run?");
    assert_no_directive("Ryan told a news conference they are planting the seeds to win.");
    assert_no_directive("It commits to push back on all efforts to defund it.");
    assert_no_directive("The feds would have directed funding to hospitals and clinics.");
    assert_no_directive("The campaign that should provide plenty of material begins.");
}

#[test]
fn a_named_owner_of_a_nominal_cue_is_its_speaker() {
    check(
        "Other Republicans joined Pence's call for a special prosecutor.",
        Some("Pence"),
        "call for",
        None,
        "a special prosecutor",
    );
    check(
        "The governor rejected the DOJ demand that the law not be implemented.",
        Some("DOJ"),
        "demand that",
        None,
        "the law not be implemented",
    );
}

#[test]
fn nouns_after_light_verbs_and_reduced_relatives_are_no_asks() {
    assert_no_directive("He's already begun to indicate he'll make demands of Clinton.");
    assert_no_directive("Obama order opens door for outsider; the process changes.");
    assert_no_directive("Voters lacked the documentation required by the state to vote.");
    assert_no_directive("Her grit could be exactly what is required to defeat him.");
    assert_no_directive("Order soon returned, as the vote kept the rules as they were.");
}

/// The speaker names of every directive of `text`.
fn speakers(text: &str) -> Vec<Option<String>> {
    analyze(text)
        .directives
        .iter()
        .map(|d| d.speaker.as_ref().map(|s| s.name.clone()))
        .collect()
}

#[test]
fn a_quotation_over_several_sentences_has_one_speaker() {
    let smith = Some("Smith".to_string());
    assert_eq!(
        speakers("The senator spoke. \"We must act now. The epidemic must stop,\" Smith said."),
        [smith.clone(), smith.clone()]
    );
    assert_eq!(
        speakers("Smith said: \"We must act now. The epidemic must stop.\" Then he left."),
        [smith.clone(), smith]
    );
    // The mention points at the words that name the speaker, in the sentence that has them.
    let text = "“The epidemic must stop. We will build walls,” he tweeted.";
    let d = one_directive(text);
    let s = d.speaker.expect("speaker");
    assert_eq!(&text[s.start..s.end], "he");
}

#[test]
fn negations_with_an_adverb_between_block_obligations() {
    assert_no_directive("You don't even have to say it.");
    assert_no_directive("He does not really need to go.");
}

#[test]
fn an_unclosed_quotation_ends_with_its_paragraph() {
    // The stray mark opens a "quotation" that never closes; the next paragraph's reporting
    // verb must not lend its speaker to the obligation before it.
    let text =
        "Officials met on \"Friday. Prices must fall.\n\nLater, \"Smith said the talks went well.\"";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn feelings_and_hypothetical_needs_are_no_obligations() {
    assert_no_directive("I think Judge Curiel should be ashamed of himself.");
    assert_no_directive("Democrats should be very nervous about turnout.");
    assert_no_directive("He would need to win 69 percent of the remaining delegates.");
    check(
        "Officials should be careful with the data.",
        None,
        "should",
        Some("Officials"),
        "be careful with the data",
    );
}

#[test]
fn two_speakers_in_one_sentence_give_two_directives() {
    let a = analyze("Smith called for new roads; Jones called for more trains.");
    let got: Vec<(Option<&str>, &str)> = a
        .directives
        .iter()
        .map(|d| {
            (
                d.speaker.as_ref().map(|s| s.name.as_str()),
                d.action.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(Some("Smith"), "new roads"), (Some("Jones"), "more trains")]
    );
    // The same speaker's further cue stays in `also`.
    let d = one_directive("Smith called for new roads and urged more trains.");
    assert_eq!(d.also.len(), 1);
}

#[test]
fn a_cue_noun_after_a_common_noun_is_no_verb() {
    assert_no_directive("We are seeking a court order declaring the restriction unlawful.");
    assert_no_directive("His campaign was a sustained clarion call for grassroots democracy.");
    assert_no_directive("It is more than a fundraising request to the voters.");
    // A plural subject takes the base form; an adverb is no noun.
    check(
        "Local activists call for a recount.",
        Some("Local activists"),
        "call for",
        None,
        "a recount",
    );
    check(
        "I strongly urge the council to act.",
        Some("I"),
        "urge",
        Some("the council"),
        "act",
    );
}

#[test]
fn a_call_made_with_a_light_verb_is_the_subjects() {
    check(
        "During the debate, Cruz made an unprompted call for an end to sugar subsidies.",
        Some("Cruz"),
        "made an unprompted call for",
        None,
        "an end to sugar subsidies",
    );
}

#[test]
fn a_list_of_names_second_objects_and_relative_clauses_are_no_asks() {
    assert_no_directive(
        "The other signers are ColorOfChange.org, Emerge USA, Bend the Arc, Demand Progress, \
         American Family Voices, We Act Radio and Presente.org.",
    );
    assert_no_directive("You're asking them questions and it's very easy for them to get close.");
    assert_no_directive("It is a delusion because each vote is one less vote Clinton must match.");
    assert_no_directive("It's really a very draconian step you have to take.");
    assert_no_directive("There was a stand-down order that prevented a counter-attack.");
    assert_no_directive("It marked a shift, pushing Euroscepticism to second place.");
    assert_no_directive(
        "He had a difficult relationship with immigrant advocates over his policies.",
    );
    // A name after a title is no relative clause: the obligation has its object.
    let d = one_directive("Coulter tweeted that poll leader Donald Trump should deport Haley.");
    assert_eq!(d.action.text, "deport Haley");
}

#[test]
fn a_negated_report_is_kept_marked_and_its_speaker_is_clean() {
    let cases = [
        (
            "She has not called for him to resign.",
            "She",
            "has not called for",
        ),
        (
            "The senator did not urge voters to stay home.",
            "senator",
            "did not urge",
        ),
        ("He never ordered troops to fire.", "He", "never ordered"),
        (
            "Obama declined to call for a ceasefire.",
            "Obama",
            "declined to call for",
        ),
        (
            "The mayor refused to order an evacuation.",
            "mayor",
            "refused to order",
        ),
        (
            "The union has yet to demand a raise.",
            "union",
            "has yet to demand",
        ),
        (
            "Ms. Ruiz didn’t urge anyone to leave.",
            "Ruiz",
            "didn’t urge",
        ),
        ("Nobody urged the board to resign.", "Nobody", "urged"),
        ("No one urged the board to resign.", "No one", "urged"),
        ("No senator urged the board to resign.", "senator", "urged"),
        (
            "Neither candidate called for a ceasefire.",
            "Neither candidate",
            "called for",
        ),
    ];
    for (text, speaker, cue) in cases {
        let d = one_directive(text);
        assert!(d.negated, "{text:?} is negated");
        assert_eq!(
            d.speaker.as_ref().map(|s| s.name.as_str()),
            Some(speaker),
            "{text:?}"
        );
        assert_eq!(d.cue.text, cue, "{text:?}");
    }
    // Asks that were made, and prohibitions, are not negated.
    for text in [
        "The senator has repeatedly urged voters to stay home.",
        "Officials did urge residents to leave.",
        "You must not smoke here.",
        "The court ordered the company not to publish the files.",
    ] {
        let d = one_directive(text);
        assert!(!d.negated, "{text:?} is an ask");
    }
}

#[test]
fn an_infinitive_cue_belongs_to_the_verb_it_depends_on() {
    let cases = [
        ("Sanders has continued to push for a single-payer system.", "Sanders"),
        (
            "The National Rifle Association, which has endorsed Trump, used the comments to urge people to vote.",
            "National Rifle Association",
        ),
        ("Obama wants to urge Congress to act.", "Obama"),
        // The object acts after "prompted", "want", "allow"; not after "used".
        ("The scandal prompted Huma Abedin to ask for a separation.", "Huma Abedin"),
        ("Ramos used Twitter to call for calm.", "Ramos"),
        ("Sen. Bernie Sanders on Wednesday morning called upon China to act.", "Bernie Sanders"),
    ];
    check_speakers(&cases);
}

#[test]
fn a_cue_that_opens_an_action_is_part_of_it() {
    check(
        "Clinton urged Sanders to call for a ceasefire.",
        Some("Clinton"),
        "urged",
        Some("Sanders"),
        "call for a ceasefire",
    );
}

#[test]
fn a_passive_ask_names_its_subject_as_addressee_and_only_an_agent_as_speaker() {
    check(
        "The company has been ordered to pay $5 million.",
        None,
        "ordered",
        Some("The company"),
        "pay $5 million",
    );
    check(
        "Residents were urged by the mayor to stay indoors.",
        Some("mayor"),
        "urged",
        Some("Residents"),
        "stay indoors",
    );
    // A named reporter before it still reports it.
    let d = one_directive("Sperling said he was advised to find a deputy.");
    assert_eq!(
        d.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Sperling")
    );
    assert_eq!(d.addressee.as_ref().map(|p| p.text.as_str()), Some("he"));
}

#[test]
fn opening_adverbials_and_inverted_reporting_verbs_leave_the_real_speaker() {
    let cases = [
        ("Citing last week's attack, Will urged the electorate to abandon outsiders.", "Will"),
        (
            "But on Tuesday, he stood with other leaders and urged Democrats to vote for the deal.",
            "he",
        ),
        ("Hours later, she issued a statement calling on the United States to act.", "she"),
        ("Likewise, Trump went after Clinton and called for her to quit.", "Trump"),
        (
            "Once the video was released, which showed the shooting, the community began calling for Emanuel to resign.",
            "community",
        ),
        ("Oh, let him decide, said Joe Biden, urging critics to give him time.", "Joe Biden"),
        (
            "The meeting unfolded Thursday as more Republicans have begun urging the party to unite.",
            "Republicans",
        ),
        (
            "\u{201c}We should get rid of superdelegates entirely,\u{201d} said Sen. Jeff Merkley of Oregon.",
            "Jeff Merkley",
        ),
    ];
    check_speakers(&cases);
}

#[test]
fn a_relative_clause_ask_ends_at_its_comma_and_names_its_antecedent() {
    check(
        "Smith, who was asked to resign, refused.",
        None,
        "asked",
        Some("Smith"),
        "resign",
    );
    check(
        "Obama, who urged Congress to act, said he was tired.",
        Some("Obama"),
        "urged",
        Some("Congress"),
        "act",
    );
    // Outside a relative clause a comma list stays in the action.
    let d = one_directive("The mayor urged residents to stay calm, steady and informed.");
    assert_eq!(d.action.text, "stay calm, steady and informed");
}

#[test]
fn a_progressive_with_an_adverb_push_for_x_to_and_law_and_order() {
    check(
        "New York Gov. Andrew Cuomo is currently pushing for his state to raise the minimum wage.",
        Some("Andrew Cuomo"),
        "pushing for",
        Some("his state"),
        "raise the minimum wage",
    );
    assert_no_directive(
        "The mogul offered himself as a \"law and order\" candidate and made a direct appeal to workers who feel left behind.",
    );
    assert_no_directive("He ran as the law and order candidate to win the suburbs.");
}

#[test]
fn a_quotation_opening_after_the_cue_keeps_it() {
    check(
        "Trump urged \"all Americans\" to vote.",
        Some("Trump"),
        "urged",
        Some("all Americans"),
        "vote",
    );
}

#[test]
fn who_sends_a_message_that_asks_speaks() {
    check_speakers(&[
        (
            "Democratic presidential candidate Bernie Sanders is releasing a new ad that urges voters in New York to send a message to Wall Street.",
            "Bernie Sanders",
        ),
        (
            "The European Parliament passed a resolution calling on Turkey to recognize the genocide.",
            "European Parliament",
        ),
    ]);
}

#[test]
fn a_negated_further_cue_stays_out_of_the_first_action_and_is_marked() {
    let d =
        one_directive("The mayor urged residents to stay calm but did not call for an evacuation.");
    assert_eq!(d.action.text, "stay calm");
    assert!(!d.negated);
    assert_eq!(d.also.len(), 1);
    assert_eq!(d.also[0].cue.text, "did not call for");
    assert!(d.also[0].negated);
}

#[test]
fn a_subject_before_a_dash_appositive_speaks() {
    check_speakers(&[
        (
            "A coalition of nearly 40 groups - including the American Academy of Pediatrics, the March of Dimes and Easter Seals - sent a letter this week urging Congress to pass a measure.",
            "coalition of nearly 40 groups",
        ),
        (
            "On his way out, Mr. Bush - in a line that seemed directed at Mr. Trump - declared that a president must tend to all corners of the country.",
            "Bush",
        ),
    ]);
}

#[test]
fn the_dot_of_an_initial_or_an_abbreviation_ends_no_clause() {
    check_speakers(&[
        (
            "The lawyer Martin D. Singer urged the network to retract the story.",
            "Martin D. Singer",
        ),
        // An occupation opening the sentence is a title, not part of the name.
        (
            "Lawyer Martin D. Singer urged the network to retract the story.",
            "Martin D. Singer",
        ),
        (
            "Senate Minority Leader Harry M. Reid (D-Nev.) called for an inquiry.",
            "Harry M. Reid",
        ),
        (
            "Clinton said the U.S. should increase its forces.",
            "Clinton",
        ),
    ]);
    let d = one_directive("Clinton said the U.S. should increase its forces.");
    assert_eq!(d.action.text, "increase its forces");
}

#[test]
fn a_linking_verb_before_a_participle_is_no_part_of_the_subject() {
    check_speakers(&[(
        "AFL-CIO President Richard Trumka felt compelled to issue a memo urging unions to wait.",
        "Richard Trumka",
    )]);
}

#[test]
fn a_subject_starts_after_a_verb_of_saying_or_a_modal_and_its_verb() {
    check(
        "Kelly said she asked the network to air the interview.",
        Some("Kelly"),
        "asked",
        Some("the network"),
        "air the interview",
    );
    let d = one_directive("Kelly said she asked the network to air the interview.");
    assert_eq!(d.speaker.unwrap().text, "she");
    check_speakers(&[
        (
            "It may mean Hollywood studios ask for more extras on every DVD.",
            "Hollywood studios",
        ),
        (
            "Microsoft is going to be pushing developers to adopt its tools.",
            "Microsoft",
        ),
        ("Kelly urged the network to air the interview.", "Kelly"),
    ]);
    // A personal pronoun stands alone: "for this they" is "they".
    let d = one_directive("For this they need to be adequately resourced.");
    assert_eq!(d.addressee.unwrap().text, "they");
}

#[test]
fn plural_cue_nouns_and_prepositions_before_numbers_are_no_asks() {
    assert_no_directive("Privacy advocates are concerned by the software.");
    assert_no_directive("Strong exports pushed annual growth to 2.3% last year.");
    assert_no_directive("Blunkett told the Daily Telegraph in 2001 that he continued to wear it.");
    assert_no_directive("The aides did not respond to requests for comment.");
    // A relative "that" stays in the addressee.
    check(
        "The bureau asked agencies that dealt with the shooting to withhold records.",
        Some("bureau"),
        "asked",
        Some("agencies that dealt with the shooting"),
        "withhold records",
    );
    // Calls that are a verb's object are somebody else's: no speaker.
    let d = one_directive("Blair has so far resisted calls for him to name the day.");
    assert_eq!(d.speaker, None);
    assert_eq!(d.cue.text, "calls for");
}

#[test]
fn according_to_names_the_source_of_an_obligation() {
    check(
        "According to reports from the news agency Interfax, the deal should go through soon.",
        Some("Interfax"),
        "should",
        Some("the deal"),
        "go through soon",
    );
    // A reported ask keeps its own subject.
    check_speakers(&[(
        "According to the report, officials urged residents to leave.",
        "officials",
    )]);
}

#[test]
fn titles_adjectives_compounds_and_possessives_are_no_cues() {
    assert_no_directive("The comedy Shall We Dance? was at number three.");
    assert_no_directive("The tool can give direct answers to factual questions.");
    assert_no_directive("Mourinho, whose Blues' push for four trophies ended, was calm.");
    // "English-speaking" is no reporting verb whose subject could speak.
    let d = one_directive("That calls for an alliance of the English-speaking nations.");
    assert!(
        d.speaker.as_ref().is_none_or(|s| s.name != "English"),
        "{d:?}"
    );
    // A possessive in -s' owns its call.
    check_speakers(&[(
        "Young voters prefer Sanders' call for revolution.",
        "Sanders",
    )]);
    // "a barrage of requests for him to": an ask by someone unnamed.
    let d =
        one_directive("MPs bombarded the minister with a barrage of requests for him to read it.");
    assert_eq!(d.cue.text, "requests for");
}

#[test]
fn recommend_that_is_an_ask_and_a_participle_before_a_noun_is_none() {
    check(
        "The ministry recommended that swimmers avoid the hottest hours.",
        Some("ministry"),
        "recommended that",
        None,
        "swimmers avoid the hottest hours",
    );
    assert_no_directive("The party released its list of 25 recommended delegates.");
}

#[test]
fn an_action_stops_before_the_next_cue_and_its_subject() {
    let d = one_directive(
        "The ministry did not order the closure of beaches, but it recommended that swimmers \
         avoid the hottest hours.",
    );
    assert_eq!(d.action.text, "the closure of beaches");
    assert!(d.negated);
    assert_eq!(d.also.len(), 1);
    assert_eq!(d.also[0].action.text, "swimmers avoid the hottest hours");
    assert!(!d.also[0].negated);
}

#[test]
fn a_relative_clause_belongs_to_a_passive_subject() {
    check(
        "Anyone who feels unwell is encouraged to call the health line.",
        None,
        "encouraged",
        Some("Anyone who feels unwell"),
        "call the health line",
    );
}

#[test]
fn a_reporter_closing_the_sentence_speaks_its_obligation() {
    check(
        "Schools must close early, the minister said.",
        Some("minister"),
        "must",
        Some("Schools"),
        "close early",
    );
    check(
        "For this they need to be adequately resourced, Sam Younger said.",
        Some("Sam Younger"),
        "need to",
        Some("they"),
        "be adequately resourced",
    );
}

#[test]
fn a_title_dot_before_a_name_ends_no_clause() {
    check_speakers(&[
        (
            "Brian Fallon, a spokesman for Mrs. Clinton, called on the senator to take back his words.",
            "Brian Fallon",
        ),
        ("Mr. Trump asked his supporters to raise their hands.", "Trump"),
    ]);
}

#[test]
fn plural_cue_nouns_before_verbs_of_saying_and_time_phrases_before_subjects() {
    assert_no_directive("Abortion rights advocates said the ruling made it more critical.");
    assert_no_directive("Some countries where orders will dry up have seen orders surging.");
    check_speakers(&[
        (
            "Last month the chairman of the Commission for Racial Equality (CRE) also called for shortlists.",
            "CRE",
        ),
        ("Last week Smith urged voters to stay home.", "Smith"),
    ]);
}

#[test]
fn a_name_in_apposition_stays_in_the_addressee() {
    check(
        "RNID is urging the telecoms regulator, Ofcom, to reduce the cost of the service.",
        Some("RNID"),
        "urging",
        Some("the telecoms regulator, Ofcom"),
        "reduce the cost of the service",
    );
}

#[test]
fn a_title_alone_names_the_person_last_named_with_it() {
    let text = "President Joe Biden urged Congress to act. Senator Jane Doe called for calm. \
                The president also asked states to help. The senator urged patience.";
    let a = analyze(text);
    let names: Vec<&str> = a
        .directives
        .iter()
        .map(|d| d.speaker.as_ref().map_or("", |s| s.name.as_str()))
        .collect();
    assert_eq!(names, ["Joe Biden", "Jane Doe", "Joe Biden", "Jane Doe"]);
    // The mention stays what the text says.
    assert_eq!(
        a.directives[2].speaker.as_ref().unwrap().text,
        "The president"
    );
}

#[test]
fn nouns_and_phrasal_verbs_lend_no_subject_to_a_participle() {
    // "to push back" is no verb whose subject could speak for "pushing for".
    check_speakers(&[(
        "Clinton also focused on the need to combat the group online, pushing for help from \
         the private sector to push back against propaganda.",
        "Clinton",
    )]);
    // "a minority report" is a noun: its "subject" is no speaker.
    let d = one_directive(
        "Even if Unruh fails, she can still create a headache for Trump by pushing for a \
         minority report.",
    );
    assert_eq!(d.speaker.unwrap().name, "Unruh");
}

#[test]
fn imperatives_are_the_texts_asks_to_the_reader() {
    let a = analyze(
        "Follow these safety rules. Avoid flooded areas. If flooding occurs, get to higher \
         ground. Do not attempt to cross flowing streams. Please do not disclose this to \
         anyone else. Let's vote now on travel.",
    );
    let cues: Vec<&str> = a.directives.iter().map(|d| d.cue.text.as_str()).collect();
    assert_eq!(
        cues,
        [
            "Follow",
            "Avoid",
            "get",
            "Do not attempt",
            "Please do not disclose",
            "Let's vote"
        ]
    );
    for d in &a.directives {
        assert_eq!(d.kind, DirectiveKind::Imperative, "{d:?}");
        assert!(
            d.speaker.is_none() && d.addressee.is_none() && !d.negated,
            "{d:?}"
        );
    }
    assert_eq!(
        a.directives[3].action.text,
        "attempt to cross flowing streams"
    );
}

#[test]
fn statements_and_discourse_markers_are_no_imperatives() {
    for text in [
        "Officials avoid the question.",
        "Met with the board on Tuesday.",
        "Look, he should have never been there, the senator said.",
        "Thank you for your patience.",
        "Use of force is a last resort.",
    ] {
        let a = analyze(text);
        assert!(
            a.directives
                .iter()
                .all(|d| d.kind != DirectiveKind::Imperative),
            "{text}: {:?}",
            a.directives
        );
    }
}

#[test]
fn a_news_report_drops_its_footer_imperatives() {
    let report = "Mayor Ann Lee urged residents to conserve water. Council member Bo Park \
                  said the dam was low. Engineer Cy Dale told reporters the rain would come. \
                  Officials met on Monday. The city has three reservoirs. Consider the case \
                  of the old dam. The plan will cost money. Residents were calm. Shops stayed \
                  open. Schools closed early. Follow Ann Lee on Twitter @annlee.";
    let a = analyze(report);
    assert!(
        a.directives
            .iter()
            .all(|d| d.kind != DirectiveKind::Imperative),
        "{:?}",
        a.directives
    );
}

#[test]
fn operative_clauses_are_the_issuers() {
    let a = analyze(
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Requests the \
         Secretary-General to report on the matter.\n\n2. Further urges all States to \
         refrain from such measures.\n",
    );
    assert_eq!(a.directives.len(), 2, "{:?}", a.directives);
    for d in &a.directives {
        assert_eq!(d.kind, DirectiveKind::Operative);
        let s = d.speaker.as_ref().expect("the issuer");
        assert_eq!(s.name, "The General Assembly");
        assert_eq!(d.speaker_rule.as_deref(), Some("issuer"));
    }
    assert_eq!(
        a.directives[1].addressee.as_ref().unwrap().text,
        "all States"
    );
}

#[test]
fn indirect_requests_ask_too() {
    for (text, cue) in [
        (
            "I would appreciate it if you could send the report by Friday.",
            "would appreciate it if you could",
        ),
        (
            "By the way, is there any chance you could chair a session at the conference?",
            "is there any chance you could",
        ),
        ("Could you please send me the slides?", "Could you please"),
    ] {
        let a = analyze(text);
        assert_eq!(a.directives.len(), 1, "{text}: {:?}", a.directives);
        assert_eq!(a.directives[0].kind, DirectiveKind::Indirect);
        assert_eq!(a.directives[0].cue.text, cue);
    }
    for text in [
        "Can you imagine the cost?",
        "You could put it in, you could, you could.",
    ] {
        assert!(analyze(text).directives.is_empty(), "{text}");
    }
}

#[test]
fn minutes_give_action_items_and_turns_their_speaker() {
    let a = analyze(
        "Action items\n\n- Jeff Triplett: Create a draft forum post about bylaws changes.\n- Tom and \
         Thibaud to analyse the 2024 edition.\n\nEric Holk: We should find an owner for this.\n",
    );
    let kinds: Vec<DirectiveKind> = a.directives.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            DirectiveKind::ActionItem,
            DirectiveKind::ActionItem,
            DirectiveKind::Obligation
        ],
        "{:?}",
        a.directives
    );
    assert_eq!(
        a.directives[0].addressee.as_ref().unwrap().text,
        "Jeff Triplett"
    );
    assert_eq!(
        a.directives[1].addressee.as_ref().unwrap().text,
        "Tom and Thibaud"
    );
    let s = a.directives[2]
        .speaker
        .as_ref()
        .expect("the turn's speaker");
    assert_eq!(s.name, "Eric Holk");
}

#[test]
fn policies_state_rules() {
    let a = analyze(
        "Users are required to wait 60 minutes. Smoking is prohibited in the library. The \
         maintainer is responsible for every personal portion of the trip.",
    );
    assert!(
        a.directives.iter().all(|d| d.kind == DirectiveKind::Rule),
        "{:?}",
        a.directives
    );
    assert_eq!(a.directives.len(), 3);
    assert_eq!(a.directives[0].addressee.as_ref().unwrap().text, "Users");
    assert_eq!(
        a.directives[1].action.text,
        "Smoking is prohibited in the library"
    );
}

#[test]
fn a_rules_list_naming_people_is_no_report() {
    // Capitalised "Users" and "asked" / "report" made the old test count three speakers'
    // verbs and drop the list's own rules as a journalist's commentary.
    let a = analyze(
        "• Users will not distribute private information.\n• Users must sign in to use a \
         terminal.\n• Users must leave the terminal when asked to do so by staff.\n• Users are \
         required to wait 60 minutes before requesting another session.\n• Users will report \
         threatening materials to the staff member in charge.\n",
    );
    let rules: Vec<&str> = a.directives.iter().map(|d| d.rule.as_ref()).collect();
    assert!(rules.contains(&"rule-persons-may-not"), "{rules:?}");
    assert!(rules.contains(&"rule-required-to"), "{rules:?}");
    assert!(
        rules.iter().filter(|r| **r == "modal-must").count() == 2,
        "{rules:?}"
    );
}

#[test]
fn a_resolutions_preamble_is_read() {
    let a = analyze(
        "The General Assembly,\n\nEmphasizing the need to foster consensual approaches to \
         disarmament,\n\n1. Requests the Secretary-General to report on the matter.\n",
    );
    let cues: Vec<&str> = a.directives.iter().map(|d| d.cue.text.as_str()).collect();
    assert_eq!(
        cues,
        ["Emphasizing the need to", "Requests"],
        "{:?}",
        a.directives
    );
    for d in &a.directives {
        assert_eq!(d.speaker.as_ref().unwrap().name, "The General Assembly");
    }
}

#[test]
fn warn_with_an_addressee_and_an_infinitive_is_an_ask() {
    check(
        "The mayor warned residents to stay indoors.",
        Some("mayor"),
        "warned",
        Some("residents"),
        "stay indoors",
    );
    // A warning of what will happen asks nothing.
    assert_no_directive("He warned that prices would rise.");
}

#[test]
fn second_round_constructions_of_other_genres() {
    check(
        "2. Reiterates its call upon all States to refrain from promulgating such laws.",
        None,
        "its call upon",
        Some("all States"),
        "refrain from promulgating such laws",
    );
    check(
        "They agreed on the need for calm on all sides.",
        Some("They"),
        "agreed on the need for",
        None,
        "calm on all sides",
    );
    // The imperative asks; "before they ask for it" is a habit, no ask made.
    let d = one_directive("Provide them water regularly, even before they ask for it.");
    assert_eq!(d.cue.text, "Provide");
    assert!(d.also.is_empty(), "{:?}", d.also);
    let d = one_directive("- Plan ahead: prepare for possible power outages.");
    assert_eq!(
        d.action.text,
        "Plan ahead: prepare for possible power outages"
    );
    assert!(d.also.is_empty());
}

#[test]
fn third_round_imperatives_headings_and_asides() {
    // A numbered clause is one of the text's rules, even where imperatives are few.
    let policy = "These guidelines are for all users. The library opens at nine. Staff \
                  are on duty. Printing costs money. Rooms can be booked. The café is \
                  closed. Parking is free. Lockers are available. Wifi is provided. \
                  Guests are welcome. Hours change in summer.\n\n\
                  1. For security reasons, do not share passwords with others.";
    let a = analyze(policy);
    let kinds: Vec<_> = a.directives.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DirectiveKind::Imperative], "{:?}", a.directives);
    // A line in sentence case that opens with an imperative is an instruction, not a
    // title; a title case heading, a Markdown heading and a noun compound are titles.
    let a = analyze("Stay cool\n\n- Stay in air-conditioned buildings.\n- Drink water.");
    assert_eq!(a.directives.len(), 3, "{:?}", a.directives);
    assert_eq!(a.directives[0].cue.text, "Stay");
    for title in [
        "Stay Cool This Summer",
        "## Report a vulnerability",
        "Boil water advisory",
    ] {
        let a = analyze(&format!("{title}\n\n- Drink water.\n- Rest often."));
        assert_eq!(a.directives.len(), 2, "{title}: {:?}", a.directives);
    }
    // A bare noun as the object ("bring water", "answer hate"); not a compound subject.
    check(
        "To kill germs, bring water to a full rolling boil for 1 minute.",
        None,
        "bring",
        None,
        "bring water to a full rolling boil for 1 minute",
    );
    assert_no_directive("Boil water advisories usually include the advice below.");
    assert_no_directive("Attempt blocked.");
    // "let us" after any comma; "let me ask you, as I close, to": the speaker asks.
    let d = one_directive("And so always, but especially today, let us hold our loved ones close.");
    assert_eq!(d.cue.text, "let us hold");
    let d = one_directive("So let me ask you, as I close, to lift your eyes.");
    assert_eq!(d.speaker.as_ref().map(|s| s.name.as_str()), Some("I"));
    assert_eq!(d.action.text, "lift your eyes");
    // "must" after "this" or "it" asks, unless a verb of a guess follows.
    check(
        "All this must stop.",
        None,
        "must",
        Some("All this"),
        "stop",
    );
    assert_no_directive("It must be hard for them.");
}
