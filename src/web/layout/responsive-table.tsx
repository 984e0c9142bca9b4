import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
}

interface Props<T> {
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Content shown under a row across the whole width (e.g. an expanded explanation), or null. */
  details?: (row: T) => ReactNode;
  /** The body of a row's card on phones, when "header: value" pairs would read badly. */
  card?: (row: T) => ReactNode;
}

/** A table on wide screens; a list of cards (header: value) on phones, where tables do not fit. */
export function ResponsiveTable<T>({ label, columns, rows, rowKey, details, card }: Props<T>) {
  const wide = useMediaQuery('(min-width: 48em)', undefined, { getInitialValueInEffect: false });
  if (wide) {
    return (
      <Table.ScrollContainer minWidth={560}>
        <Table striped={!details} highlightOnHover aria-label={label} verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} scope="col">
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const extra = details?.(row);
              return (
                <Fragment key={rowKey(row)}>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                  {extra ? (
                    <Table.Tr>
                      <Table.Td colSpan={columns.length} bg="var(--mantine-color-gray-0)">
                        {extra}
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((row) => {
        const extra = details?.(row);
        return (
          <Paper key={rowKey(row)} component="li" withBorder p="sm">
            {card ? (
              card(row)
            ) : (
              <Stack gap={6} component="dl" m={0}>
                {columns.map((column) => (
                  <div key={column.key}>
                    <Text component="dt" size="xs" c="dimmed" fw={600}>
                      {column.header}
                    </Text>
                    <Text component="dd" size="sm" m={0}>
                      {column.render(row)}
                    </Text>
                  </div>
                ))}
              </Stack>
            )}
            {extra ? <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>{extra}</div> : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
