/**
 * The print page of pad credentials: one card per member (session, name, group, the QR code, the
 * credential link it encodes, the expiry), laid out for A4 with no card split across pages. The
 * QR code is made here from the link `/pad?token=…` on this server, so a phone's camera opens the
 * pad signed in; the server's own QR holds the bare token, which only the pad's paste field takes.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import QRCode from 'qrcode';
import type { Lang } from '../../shared/i18n.js';
import { RefusedList, type Refusal } from './IssueCredentials.js';
import type { IssuedCard } from './types.js';
import { useRosterWords } from './words.js';
import './credentials.css';

/** The address a credential's QR code opens. */
export function credentialLink(token: string, origin = location.origin): string {
  return `${origin}/pad?token=${encodeURIComponent(token)}`;
}

function QrImage({ text, alt }: { text: string; alt: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 }).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [text]);
  if (!svg) return <div className="credential-qr" />;
  return <img className="credential-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={alt} data-testid="credential-qr" data-text={text} />;
}

const dateOf = (iso: string, lang: Lang) => new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });

function Card({ card, sessionName }: { card: IssuedCard; sessionName: string }) {
  const { w, lang } = useRosterWords();
  const link = credentialLink(card.credential.token);
  return (
    <section className="credential-card" data-testid="credential-card">
      <header className="credential-head">{sessionName}</header>
      <div className="credential-body">
        <QrImage text={link} alt={card.member.name} />
        <div className="credential-who">
          <div className="credential-name" data-testid="credential-name">{card.member.name}</div>
          <div className="credential-group">{card.member.groupName ?? ''}</div>
          <div className="credential-key">{card.member.key}</div>
          <div className="credential-expiry">{w('validUntil', { date: dateOf(card.credential.expiresAt, lang) })}</div>
        </div>
      </div>
      <footer className="credential-link">
        <span className="credential-link-label">{w('cardLink')}</span>
        <span data-testid="credential-link">{link}</span>
      </footer>
    </section>
  );
}

interface Props {
  cards: IssuedCard[];
  refused: Refusal[];
  sessionName: string;
  onBack(): void;
}

export function CredentialSheet({ cards, refused, sessionName, onBack }: Props) {
  const { w } = useRosterWords();
  return (
    <div data-testid="credential-sheet">
      <div className="no-print" style={{ marginBottom: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space orientation="vertical" size={0}>
            <Typography.Title level={4} style={{ margin: 0 }}>{w('sheetTitle')}</Typography.Title>
            <Typography.Text type="secondary">{w('sheetHint', { n: cards.length })}</Typography.Text>
          </Space>
          <Space>
            <Button onClick={onBack} data-testid="sheet-back">{w('back')}</Button>
            <Button type="primary" onClick={() => window.print()} data-testid="sheet-print">{w('print')}</Button>
          </Space>
        </Space>
        <Alert type="warning" showIcon title={w('issueWarning')} style={{ marginTop: 12 }} />
        {refused.length > 0 && <div style={{ marginTop: 12 }}><RefusedList refused={refused} /></div>}
      </div>
      <div className="credential-sheet">
        {cards.map((card) => (
          <Card key={card.member.membershipId} card={card} sessionName={sessionName} />
        ))}
      </div>
    </div>
  );
}
