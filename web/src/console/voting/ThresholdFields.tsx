/**
 * The fields of a threshold a sitting decides itself (base, fraction, 以上 or 超过, authority), inside
 * an antd Form with fields `base`, `num`, `den`, `inclusive`, `citation`. Motions and elections both
 * use it; an election's rule must name its authority (`citationRequired`), and its base "cast"
 * means the ballots returned.
 */
import { Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { ThresholdBases } from '@server/modules/voting/rules/threshold.js';
import { useVotingWords } from './words.js';

const BASE_WORD = { all: 'baseAll', present: 'basePresent', cast: 'baseCast' } as const;

export function ThresholdFields({ citationRequired = false, castLabel }: { citationRequired?: boolean; castLabel?: string }) {
  const { w } = useVotingWords();
  return (
    <>
      <Space wrap align="start">
        <Form.Item name="base" label={w('base')}>
          <Select style={{ width: 200 }} options={ThresholdBases.map((b) => ({ value: b, label: b === 'cast' && castLabel ? castLabel : w(BASE_WORD[b]) }))} />
        </Form.Item>
        <Form.Item label={w('fraction')} required>
          <Space.Compact>
            <Form.Item name="num" noStyle rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: 72 }} />
            </Form.Item>
            <Input disabled value="/" style={{ width: 32, textAlign: 'center' }} />
            <Form.Item name="den" noStyle rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: 72 }} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      </Space>
      <Form.Item name="inclusive">
        <Radio.Group options={[{ value: false, label: w('exclusive') }, { value: true, label: w('inclusive') }]} />
      </Form.Item>
      <Form.Item name="citation" label={w('citation')} rules={citationRequired ? [{ required: true, whitespace: true, max: 200 }] : [{ max: 200 }]}>
        <Input placeholder={citationRequired ? undefined : w('citationHint')} maxLength={200} />
      </Form.Item>
    </>
  );
}
