/*
 * log_vocab.h - the values of the logs' coded fields (interface.md
 * section 3), by name: consult channels, roles and reasons, message
 * channels, call directions and outcomes.
 *
 * Contract: one definition that the row checks (log_kinds.c), the
 * generator (gen_logs.c), the day tables (day_counts.c) and the merge of a
 * call's legs (call_legs.c) share. Each enum's order is that of its NAMES
 * table, which is the spelling in canonical files and in the log tables,
 * and the order of the day tables' counter columns (db.c), so a value is
 * only ever appended, never moved. NAMES tables end with NULL.
 */
#ifndef EHTRACK_LOG_VOCAB_H
#define EHTRACK_LOG_VOCAB_H

enum consult_channel { CONSULT_F2F, CONSULT_PHONE, CONSULT_ECONSULT, CONSULT_VIDEO, CONSULT_VISIT,
                       CONSULT_CHANNEL_COUNT };
enum consult_role { ROLE_GP, ROLE_ASSISTANT, ROLE_POH, ROLE_OTHER, ROLE_COUNT };
enum consult_reason { REASON_RESULT, REASON_MEDICATION, REASON_FOLLOWUP, REASON_OTHER, REASON_COUNT };
enum message_channel { MESSAGE_ECONSULT, MESSAGE_EMAIL, MESSAGE_SMS, MESSAGE_WHATSAPP, MESSAGE_OTHER,
                       MESSAGE_CHANNEL_COUNT };
enum call_direction { CALL_IN, CALL_OUT, CALL_DIRECTION_COUNT };
enum call_outcome { CALL_ANSWERED, CALL_ABANDONED, CALL_VOICEMAIL, CALL_CALLBACK, CALL_OUTCOME_COUNT };

extern const char *const CONSULT_CHANNEL_NAMES[CONSULT_CHANNEL_COUNT + 1];
extern const char *const ROLE_NAMES[ROLE_COUNT + 1];
extern const char *const REASON_NAMES[REASON_COUNT + 1];
extern const char *const MESSAGE_CHANNEL_NAMES[MESSAGE_CHANNEL_COUNT + 1];
extern const char *const CALL_DIRECTION_NAMES[CALL_DIRECTION_COUNT + 1];
extern const char *const CALL_OUTCOME_NAMES[CALL_OUTCOME_COUNT + 1];

#endif
