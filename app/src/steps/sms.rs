//! SMS verification: "Set Up SMS Verification" (the number, then the
//! code texted to it), "Verify Your Identity" with a texted code, and the
//! **Resend New Code** form both share.

use crate::api::{ChooseMethod, ConfirmSms, ResendCode, SendText, SmsStatus, VerifyCode};
use crate::components::{Card, CodeInput, ErrorMessage, FormError, Submit};
use crate::i18n::{Texts, texts, use_locale};
use crate::islands::ResendButton;
use domain::phone::Country;
use leptos::form::ActionForm;
use leptos::prelude::*;

const PHONE_HINT_ID: &str = "phone-hint";

#[component]
pub fn SetupSmsStep(countries: Vec<Country>, sent: Option<SmsStatus>, from_profile: bool) -> impl IntoView {
    let t = texts();
    view! {
        <Card title=t.setup_sms help=crate::help::anchors::SMS>
            {match sent {
                None => view! { <PhoneForm countries/> }.into_any(),
                Some(status) => view! { <SetupCodeForm status/> }.into_any(),
            }}
            <PrivacyNote/>
            {from_profile.then(|| view! { <super::enroll::CancelAddingForm/> })}
        </Card>
    }
}

/// **Select Your Country Code**, **Enter Your Phone Number**, **Send Text Message**.
#[component]
fn PhoneForm(countries: Vec<Country>) -> impl IntoView {
    let t = texts();
    let locale = use_locale();
    let action = ServerAction::<SendText>::new();
    let error = FormError::of(action);
    view! {
        <ActionForm action attr:novalidate=true>
            <label for="country">{t.country_code}</label>
            <select id="country" name="country" autocomplete="tel-country-code" {..error.field(None)}>
                {countries.into_iter().map(|c| view! {
                    <option value=c.iso()>{format!("{} (+{})", crate::i18n::texts_in(locale).countries.name(c), c.dialling_code())}</option>
                }).collect_view()}
            </select>
            <label for="phone">{t.phone_number}</label>
            <p class="hint" id=PHONE_HINT_ID>{t.phone_hint}</p>
            <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel-national" maxlength=domain::limits::PHONE_FIELD_MAX_CHARS autofocus {..error.field(Some(PHONE_HINT_ID))}/>
            <ErrorMessage error/>
            <Submit label=t.send_text/>
        </ActionForm>
    }
}

/// **Enter the 6-Digit Verification Code**, **Continue**, **Resend New Code**.
#[component]
fn SetupCodeForm(status: SmsStatus) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<ConfirmSms>::new();
    let other = ServerAction::<ChooseMethod>::new();
    let error = FormError::of(action);
    view! {
        <SentTo status=status.clone()/>
        <ActionForm action attr:novalidate=true>
            <CodeInput label=t.sms_code_label hint_id="sms-status" error web_otp=true/>
            <ErrorMessage error/>
            <Submit label=t.continue_/>
        </ActionForm>
        <ResendForm resend_in=status.resend_in/>
        <ActionForm action=other attr:class="secondary-form">
            <input type="hidden" name="method" value="sms"/>
            <ErrorMessage error=FormError::of(other).with_id("number-error")/>
            <button type="submit" class="link">{t.use_different_number}</button>
        </ActionForm>
    }
}

/// "Verify Your Identity" with the code texted to a registered number.
#[component]
pub fn SmsChallengeStep(status: SmsStatus) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<VerifyCode>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.verify_identity help=crate::help::anchors::SMS>
            <SentTo status=status.clone()/>
            <ActionForm action attr:novalidate=true>
                <CodeInput label=t.enter_code_label hint_id="sms-status" error web_otp=true/>
                <ErrorMessage error/>
                <Submit label=t.continue_/>
            </ActionForm>
            <ResendForm resend_in=status.resend_in/>
            <p class="alt"><a href=crate::api::Page::Methods.path()>{t.try_another}</a></p>
        </Card>
    }
}

/// Where the code went and how long it lasts, or that there is none.
#[component]
fn SentTo(status: SmsStatus) -> impl IntoView {
    let t = texts();
    let text = if status.live {
        t.sms_sent
            .with(&[("n", status.last_four.into()), ("m", status.code_minutes.into())])
    } else {
        t.sms_not_live.with(&[("n", status.last_four.into())])
    };
    view! { <p class="hint" id="sms-status" data-testid="sms-status">{text}</p> }
}

/// The seed's warning, with the product's name.
#[component]
fn PrivacyNote() -> impl IntoView {
    let t: &'static Texts = texts();
    view! {
        <div class="warning privacy" role="note" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{t.important}</h2>
            <p>{t.sms_privacy.with(&[("product", crate::product_name().into())])}</p>
        </div>
    }
}

/// **Resend New Code**: says when it works again. With JavaScript the wait
/// counts down and the button waits with it; without, a post that comes
/// too soon is answered with the wait.
#[component]
fn ResendForm(resend_in: i64) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<ResendCode>::new();
    view! {
        <ActionForm action attr:class="secondary-form resend">
            <ResendButton
                label=t.resend.to_owned()
                resend_in
                waits=crate::error::resend_waits(t, resend_in)
            >
                <ErrorMessage error=FormError::of(action).with_id("resend-error")/>
            </ResendButton>
        </ActionForm>
    }
}
