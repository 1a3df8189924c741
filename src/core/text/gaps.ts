/**
 * The text between two names that joins them as "X, Y": a comma, with spaces; also the
 * trailing soft sign of a romanised name written as an apostrophe ("Irpin', Kyiv Oblast") and
 * a doubled comma, as coders type them.
 *
 * @example COMMA_GAP.test("', ") // true
 */
export const COMMA_GAP = /^['’ʼ`´]?[ \t]*,+[ \t]*$/;
