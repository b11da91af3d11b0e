// Gives screens the workbook services; tests and the workbench may pass their own.
import * as React from 'react';
import type { WorkbookServices } from './types';

const ServicesContext = React.createContext<WorkbookServices | null>(null);

export function ServicesProvider(props: { services: WorkbookServices; children: React.ReactNode }): React.JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): WorkbookServices {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
