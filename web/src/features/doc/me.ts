/** Who is editing: their caret label and colour for the others. */
export interface Editor {
  id: string;
  name: string;
  color: string;
}
