/**
 * The link to the accessibility statement, Finnish: its own small area so that the participant
 * app (join page) gets the link text without the whole statement (statement.*.ts spread it).
 */
export const statementLinkFi = {
  'st.title': 'Saavutettavuusseloste',
};
