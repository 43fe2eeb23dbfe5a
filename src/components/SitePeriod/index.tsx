import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

// Which period the site's facts come from, said once and shown on every page (in the footer).
export default function SitePeriod(): ReactNode {
  return (
    <p className={styles.period}>
      <Translate
        id="site.period"
        description="The footer line on every page: which period the help is based on">
        이 도움말은 2019~2021년의 Microsoft 파트너 센터 문서를 바탕으로 합니다. 그 뒤에 이름이 바뀐
        일부 서비스는 지금 이름으로 적었습니다(예: Azure AD는 지금 Microsoft Entra ID입니다). 다른
        서비스와 메뉴의 이름은 지금 화면과 다를 수 있습니다. 그럴 때는 비슷한 이름을 찾아보세요.
      </Translate>
    </p>
  );
}
