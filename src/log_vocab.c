#include "log_vocab.h"

#include <stddef.h>

/* Designated indexes: a table cannot drift from its enum unnoticed. */
const char *const CONSULT_CHANNEL_NAMES[CONSULT_CHANNEL_COUNT + 1] = {
    [CONSULT_F2F] = "f2f", [CONSULT_PHONE] = "phone", [CONSULT_ECONSULT] = "econsult",
    [CONSULT_VIDEO] = "video", [CONSULT_VISIT] = "visit", [CONSULT_CHANNEL_COUNT] = NULL,
};
const char *const ROLE_NAMES[ROLE_COUNT + 1] = {
    [ROLE_GP] = "gp", [ROLE_ASSISTANT] = "assistant", [ROLE_POH] = "poh", [ROLE_OTHER] = "other",
    [ROLE_COUNT] = NULL,
};
const char *const REASON_NAMES[REASON_COUNT + 1] = {
    [REASON_RESULT] = "result", [REASON_MEDICATION] = "medication", [REASON_FOLLOWUP] = "followup",
    [REASON_OTHER] = "other", [REASON_COUNT] = NULL,
};
const char *const MESSAGE_CHANNEL_NAMES[MESSAGE_CHANNEL_COUNT + 1] = {
    [MESSAGE_ECONSULT] = "econsult", [MESSAGE_EMAIL] = "email", [MESSAGE_SMS] = "sms",
    [MESSAGE_WHATSAPP] = "whatsapp", [MESSAGE_OTHER] = "other", [MESSAGE_CHANNEL_COUNT] = NULL,
};
const char *const CALL_DIRECTION_NAMES[CALL_DIRECTION_COUNT + 1] = {
    [CALL_IN] = "in", [CALL_OUT] = "out", [CALL_DIRECTION_COUNT] = NULL,
};
const char *const CALL_OUTCOME_NAMES[CALL_OUTCOME_COUNT + 1] = {
    [CALL_ANSWERED] = "answered", [CALL_ABANDONED] = "abandoned", [CALL_VOICEMAIL] = "voicemail",
    [CALL_CALLBACK] = "callback", [CALL_OUTCOME_COUNT] = NULL,
};
