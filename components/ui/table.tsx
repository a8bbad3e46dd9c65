// Tables that fit their card: the wrapper makes the card a size container, and the `fb-table`
// styles (app/globals.css) stack the rows when the card is narrow. Every <td> carries
// `data-label` (its column's name), shown above the value when stacked. `wide` tables (rows of
// inputs, like the postmortem's action items) stack into a grid of labelled fields below 64rem.
import type { ReactNode, TableHTMLAttributes } from 'react';

export function Table({ wide = false, className = '', children, ...rest }: { wide?: boolean; children: ReactNode } & TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="fb-table-wrap">
      <table className={`fb-table ${wide ? 'fb-table-wide' : ''} ${className}`} {...rest}>
        {children}
      </table>
    </div>
  );
}
